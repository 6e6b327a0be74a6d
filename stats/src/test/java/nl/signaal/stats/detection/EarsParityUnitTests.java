/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.stats.ReferenceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EARS C1-C3 against R surveillance 1.20.3 {@code earsC} (reference files made by {@code r_anchor.R}). */
class EarsParityUnitTests {

    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest
    @CsvSource({
        "ref_earsC_salmonella.agona.csv, input_salmonella.agona.csv, C1",
        "ref_earsC_salmonella.agona.csv, input_salmonella.agona.csv, C2",
        "ref_earsC_salmonella.agona.csv, input_salmonella.agona.csv, C3",
        "ref_earsC_stsNewport.csv, input_stsNewport.csv, C1",
        "ref_earsC_stsNewport.csv, input_stsNewport.csv, C2",
        "ref_earsC_stsNewport.csv, input_stsNewport.csv, C3"
    })
    void everyRowMatchesR(String reference, String input, EarsC.Method method) {
        List<Map<String, String>> rows = readCsv(ReferenceFiles.file("stats/" + reference));
        Series series = Series.weekly(column(readCsv(ReferenceFiles.file("stats/" + input)), "observed"));
        int from = Integer.parseInt(rows.getFirst().get("t"));
        int to = Integer.parseInt(rows.getLast().get("t"));

        List<Detection> detections = EarsC.of(method).detect(series, from, to);

        assertThat(detections).hasSize(rows.size());
        int alarms = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Detection d = detections.get(i);
            double expectedUpper = Double.parseDouble(row.get(method + "_upperbound"));
            assertThat(d.t()).isEqualTo(Integer.parseInt(row.get("t")));
            assertThat(d.observed()).isEqualTo(Double.parseDouble(row.get("observed")));
            assertThat(d.upperbound())
                    .as("%s upperbound at t=%d", method, d.t())
                    .isCloseTo(expectedUpper, within(TOLERANCE * Math.max(1, Math.abs(expectedUpper))));
            assertThat(d.alarm())
                    .as("%s alarm at t=%d", method, d.t())
                    .isEqualTo(row.get(method + "_alarm").equals("1"));
            assertThat(d.reason()).isNull();
            alarms += d.alarm() ? 1 : 0;
        }
        assertThat(alarms)
                .isEqualTo(rows.stream()
                        .filter(r -> r.get(method + "_alarm").equals("1"))
                        .count());
    }

    @Test
    void handComputedValuesOfAlgorithmsMd() {
        Series agona =
                Series.weekly(column(readCsv(ReferenceFiles.file("stats/input_salmonella.agona.csv")), "observed"));

        assertThat(EarsC.c1().detect(agona, 264, 264).getFirst().upperbound())
                .isCloseTo(10.2750685814627, within(1e-12));
        assertThat(EarsC.c2().detect(agona, 264, 264).getFirst().upperbound())
                .isCloseTo(8.88121833400128, within(1e-12));
        Detection c3 = EarsC.c3().detect(agona, 265, 265).getFirst();
        assertThat(c3.upperbound()).isZero();
        assertThat(c3.alarm()).isTrue();
    }

    @Test
    void rDefaultsAndFirstEvaluablePoints() {
        Series s = Series.weekly(new double[20]);
        assertThat(EarsC.c1().alpha()).isEqualTo(0.001);
        assertThat(EarsC.c2().alpha()).isEqualTo(0.001);
        assertThat(EarsC.c3().alpha()).isEqualTo(0.025);
        assertThat(EarsC.c1().firstEvaluable(s)).isEqualTo(8);
        assertThat(EarsC.c2().firstEvaluable(s)).isEqualTo(10);
        assertThat(EarsC.c3().firstEvaluable(s)).isEqualTo(12);
        assertThat(EarsC.c1().withBaseline(3).firstEvaluable(s)).isEqualTo(4);
        assertThatThrownBy(() -> EarsC.c1().withBaseline(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsC.c1().withMinSigma(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsC.c1().withAlpha(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allZeroSeriesGivesTheMeanAsBoundForC1AndC2AndNoBoundForC3() {
        Series zeros = Series.weekly(new double[30]);

        for (EarsC method : List.of(EarsC.c1(), EarsC.c2())) {
            List<Detection> d = method.detect(zeros, method.firstEvaluable(zeros), 30);
            assertThat(d).allSatisfy(x -> {
                assertThat(x.upperbound()).isZero();
                assertThat(x.expected()).isZero();
                assertThat(x.alarm()).isFalse();
                assertThat(x.reason()).isNull();
            });
        }
        // R: C2 = 0/0 = NaN, pmax(0, NaN) = NaN, so the C3 upper bound is NA
        assertThat(EarsC.c3().detect(zeros, 12, 30)).allSatisfy(x -> {
            assertThat(x.upperbound()).isNaN();
            assertThat(x.alarm()).isFalse();
            assertThat(x.reason()).contains("sd 0");
        });
        // with minSigma the chart works again
        assertThat(EarsC.c3().withMinSigma(0.5).detect(zeros, 12, 30))
                .allSatisfy(x -> assertThat(x.upperbound()).isCloseTo(0.5 * 1.959963984540054, within(1e-12)));
    }

    @Test
    void oneCaseAfterEmptyWeeksAlarmsInC1() {
        double[] y = new double[10];
        y[9] = 1;
        Detection d = EarsC.c1().detect(Series.weekly(y), 10, 10).getFirst();
        assertThat(d.upperbound()).isZero();
        assertThat(d.alarm()).isTrue();
    }

    @Test
    void enormousSpikeAlarmsAndMasksTheWeeksAfterIt() {
        double[] y = new double[30];
        Arrays.fill(y, 3);
        for (int i = 0; i < y.length; i += 2) {
            y[i] = 4;
        }
        y[19] = 1e9;
        Series s = Series.weekly(y);

        Detection spike = EarsC.c1().detect(s, 20, 20).getFirst();
        assertThat(spike.alarm()).isTrue();
        assertThat(spike.upperbound()).isFinite().isLessThan(10);
        Detection after = EarsC.c1().detect(s, 21, 21).getFirst();
        assertThat(after.upperbound()).isGreaterThan(1e9);
        assertThat(after.alarm()).isFalse();
        // C3 at t=22 sees the spike two weeks earlier (C2 of t=20 is huge)
        Detection c3 = EarsC.c3().detect(s, 21, 22).getLast();
        assertThat(c3.upperbound()).isZero();
        assertThat(c3.alarm()).isTrue();
    }

    @Test
    void missingCountInTheReferenceGivesNoBoundAndAMissingCountNoAlarm() {
        double[] y = new double[20];
        Arrays.fill(y, 2);
        y[5] = Double.NaN; // t = 6
        Series s = Series.weekly(y);

        List<Detection> c1 = EarsC.c1().detect(s, 8, 14);
        assertThat(c1.subList(0, 6)).allSatisfy(d -> {
            assertThat(d.upperbound()).isNaN();
            assertThat(d.reason()).contains("missing");
        });
        assertThat(c1.get(6).upperbound()).isEqualTo(2);

        y[15] = Double.NaN; // t = 16
        Detection atMissing = EarsC.c2().detect(Series.weekly(y), 16, 16).getFirst();
        assertThat(atMissing.upperbound()).isEqualTo(2);
        assertThat(atMissing.alarm()).isFalse();
        assertThat(atMissing.reason()).isEqualTo("count missing");

        assertThat(EarsC.c3().detect(Series.weekly(y), 18, 18).getFirst().reason())
                .contains("missing at t=16");
    }

    @Test
    void tooShortAHistoryIsNoDetectionWithAReason() {
        Series s = Series.weekly(1, 2, 3, 4, 5);
        for (EarsC m : List.of(EarsC.c1(), EarsC.c2(), EarsC.c3())) {
            List<Detection> d = m.detect(s, 1, 5);
            assertThat(d).hasSize(5).allSatisfy(x -> {
                assertThat(x.upperbound()).isNaN();
                assertThat(x.alarm()).isFalse();
                assertThat(x.reason()).startsWith("too short a history");
            });
        }
        assertThatThrownBy(() -> EarsC.c1().detect(s, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsC.c1().detect(s, 1, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Map<String, String>> readCsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = unquote(lines.getFirst().split(",", -1));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] values = unquote(line.split(",", -1));
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], values[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] column(List<Map<String, String>> rows, String name) {
        return rows.stream()
                .mapToDouble(r -> r.get(name).equals("NA") ? Double.NaN : Double.parseDouble(r.get(name)))
                .toArray();
    }

    private static String[] unquote(String[] values) {
        return Arrays.stream(values).map(v -> v.replace("\"", "")).toArray(String[]::new);
    }
}
