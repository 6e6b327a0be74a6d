/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of {@link FarringtonFlexible}: it never throws for the data, and where R gives {@code NA} or stops it
 * gives no upper bound, no alarm and a reason. What R does is read from the R source of surveillance 1.20.3 and
 * glm.fit (see the class Javadoc), not run here.
 */
class FarringtonFlexibleUnitTests {

    private static final FarringtonFlexible NOUFAILY = new FarringtonFlexible(FarringtonOptions.noufaily());
    private static final FarringtonFlexible ORIGINAL = new FarringtonFlexible(FarringtonOptions.original());

    /** Counts 3..7, 312 weeks (six years), no season, no trend. */
    private static double[] flat() {
        Random random = new Random(1);
        double[] y = new double[312];
        for (int i = 0; i < y.length; i++) {
            y[i] = 3 + random.nextInt(5);
        }
        return y;
    }

    @Test
    void firstEvaluableIsRsDefaultRangeStart() {
        Series series = Series.weekly(flat());
        assertThat(NOUFAILY.firstEvaluable(series)).isEqualTo(52 * 5 + 3 + 1);
        assertThat(new FarringtonFlexible(FarringtonOptions.defaults().withB(3).withW(2)).firstEvaluable(series))
                .isEqualTo(52 * 3 + 2 + 1);
    }

    @Test
    void tooShortAHistoryGivesAReasonForEveryWeek() {
        Series series = Series.weekly(Arrays.copyOf(flat(), 100));
        List<Detection> detections = NOUFAILY.detect(series, 1, 100);
        assertThat(detections).hasSize(100).allSatisfy(d -> {
            assertThat(d.alarm()).isFalse();
            assertThat(d.upperbound()).isNaN();
            assertThat(d.reason()).startsWith("too short a history");
        });
    }

    @Test
    void weekBeforeRsDefaultStartIsComputedAsRComputesIt() {
        // k = 263: the oldest window reaches index 0, which R's vector assignment ignores; k = 262 makes R stop
        List<FarringtonResult> results = NOUFAILY.evaluate(Series.weekly(flat()), 262, 264);
        assertThat(results.get(0).reason()).startsWith("too short a history");
        assertThat(results.get(1).reason()).isNull();
        assertThat(results.get(1).upperbound()).isPositive();
        assertThat(results.get(2).reason()).isNull();
    }

    @Test
    void rangeOutsideTheSeriesIsAnArgumentError() {
        Series series = Series.weekly(flat());
        assertThatThrownBy(() -> NOUFAILY.detect(series, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NOUFAILY.detect(series, 300, 313)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NOUFAILY.detect(series, 300, 299)).isEmpty();
    }

    @Test
    void allZeroReferencePeriodWithNoufailySettingsDoesNotConvergeAsInR() {
        // with y = 0 every IRLS step lowers eta by exactly 1; 237 points need more than R's 25 iterations
        List<FarringtonResult> results = NOUFAILY.evaluate(Series.weekly(new double[312]), 300, 312);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.upperbound()).isNaN();
            assertThat(r.alarm()).isFalse();
            assertThat(r.reason()).contains("did not converge");
        });
    }

    @Test
    void allZeroReferencePeriodWithOriginalSettingsGivesANearZeroBound() {
        Series zeros = Series.weekly(new double[312]);
        // limit54 (5 cases in 4 weeks) suppresses the bound
        FarringtonResult limited = ORIGINAL.evaluate(zeros, 300, 300).getFirst();
        assertThat(limited.upperbound()).isNaN();
        assertThat(limited.reason()).contains("fewer than 5 cases in the last 4 weeks");
        assertThat(limited.phi()).isEqualTo(1.0);
        // without it the 35-point model converges to a mean near 0: any case would alarm (a known failure mode)
        FarringtonFlexible unlimited =
                new FarringtonFlexible(FarringtonOptions.original().withLimit54(null));
        FarringtonResult r = unlimited.evaluate(zeros, 300, 300).getFirst();
        assertThat(r.reason()).isNull();
        assertThat(r.upperbound()).isBetween(0.0, 0.01);
        assertThat(r.expected()).isBetween(0.0, 1e-9);
        assertThat(r.alarm()).isFalse();
        double[] oneCase = new double[312];
        oneCase[299] = 1;
        assertThat(unlimited
                        .evaluate(Series.weekly(oneCase), 300, 300)
                        .getFirst()
                        .alarm())
                .isTrue();
    }

    @Test
    void enormousSpikeNowIsAnAlarm() {
        double[] y = flat();
        y[305] = 1e9;
        for (FarringtonFlexible method : List.of(NOUFAILY, ORIGINAL)) {
            FarringtonResult r = method.evaluate(Series.weekly(y), 306, 306).getFirst();
            assertThat(r.alarm()).isTrue();
            assertThat(r.upperbound()).isLessThan(1e9);
        }
    }

    @Test
    void enormousSpikeInTheReferencePeriodNeverThrows() {
        double[] y = flat();
        y[200] = 1e9;
        y[305] = 1e9;
        for (FarringtonFlexible method : List.of(NOUFAILY, ORIGINAL)) {
            List<FarringtonResult> results = method.evaluate(Series.weekly(y), 264, 312);
            assertThat(results).hasSize(49).allSatisfy(r -> assertThat(r.phi()).isGreaterThanOrEqualTo(1));
        }
        // the spike inflates phi so much that the NB quantile is 0, below log(mu0): R's score
        // (y - log mu0) / (U - log mu0) is then negative and R raises no alarm although y > U
        FarringtonResult r = NOUFAILY.evaluate(Series.weekly(y), 300, 300).getFirst();
        assertThat(r.upperbound()).isZero();
        assertThat(r.observed()).isGreaterThan(r.upperbound());
        assertThat(r.score()).isNegative();
        assertThat(r.alarm()).isFalse();
    }

    @Test
    void missingCountNowGivesNoBoundAndNoAlarm() {
        double[] y = flat();
        y[300] = Double.NaN;
        FarringtonResult r = NOUFAILY.evaluate(Series.weekly(y), 301, 301).getFirst();
        assertThat(r.observed()).isNaN();
        assertThat(r.upperbound()).isNaN();
        assertThat(r.alarm()).isFalse();
        assertThat(r.reason()).isEqualTo("the count is missing");
        assertThat(r.phi()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void missingCountInTheLimit54WeeksGivesNoBoundAsRsNaSum() {
        double[] y = flat();
        y[298] = Double.NaN;
        for (FarringtonOptions options : List.of(
                FarringtonOptions.noufaily(), FarringtonOptions.noufaily().withLimit54(0, 4))) {
            FarringtonResult r = new FarringtonFlexible(options)
                    .evaluate(Series.weekly(y), 300, 300)
                    .getFirst();
            assertThat(r.upperbound()).isNaN();
            assertThat(r.expected()).isNaN();
            assertThat(r.alarm()).isFalse();
            assertThat(r.reason()).contains("missing in the last 4 weeks");
        }
        // with the rule switched off the bound is given
        FarringtonResult r = new FarringtonFlexible(FarringtonOptions.noufaily().withLimit54(null))
                .evaluate(Series.weekly(y), 300, 300)
                .getFirst();
        assertThat(r.upperbound()).isPositive();
    }

    @Test
    void missingReferenceCountsAreLeftOutOfTheFit() {
        double[] y = flat();
        for (int i = 0; i < y.length; i += 3) {
            y[i] = Double.NaN;
        }
        y[299] = 4;
        y[298] = 4;
        y[297] = 4;
        y[296] = 4;
        for (FarringtonFlexible method : List.of(NOUFAILY, ORIGINAL)) {
            FarringtonResult r = method.evaluate(Series.weekly(y), 300, 300).getFirst();
            assertThat(r.reason()).isNull();
            assertThat(r.upperbound()).isBetween(5.0, 20.0);
        }
    }

    @Test
    void seasonalBlockWithoutAnyCountDropsOutOfTheModel() {
        // weeks 51..120 missing: whole Noufaily blocks lose all their counts (R: aliased columns, coefficient NA)
        double[] y = flat();
        Arrays.fill(y, 50, 120, Double.NaN);
        FarringtonResult r = NOUFAILY.evaluate(Series.weekly(y), 300, 300).getFirst();
        assertThat(r.reason()).isNull();
        assertThat(r.expected()).isBetween(3.0, 7.0);
        assertThat(r.upperbound()).isBetween(5.0, 20.0);
    }

    @Test
    void allMissingGivesAReason() {
        double[] y = new double[312];
        Arrays.fill(y, Double.NaN);
        assertThat(NOUFAILY.detect(Series.weekly(y), 264, 312)).allSatisfy(d -> {
            assertThat(d.alarm()).isFalse();
            assertThat(d.reason()).isEqualTo("every count of the reference period is missing");
        });
    }

    @Test
    void detectCarriesTheResultsOver() {
        Series series = Series.weekly(flat());
        List<FarringtonResult> results = NOUFAILY.evaluate(series, 264, 312);
        List<Detection> detections = NOUFAILY.detect(series, 264, 312);
        for (int i = 0; i < results.size(); i++) {
            assertThat(detections.get(i)).isEqualTo(results.get(i).toDetection());
        }
    }

    @Test
    void constantPopulationOffsetChangesNothing() {
        double[] y = flat();
        double[] population = new double[y.length];
        Arrays.fill(population, 17_000_000);
        FarringtonFlexible withOffset =
                new FarringtonFlexible(FarringtonOptions.original().withPopulationOffset(true));
        List<FarringtonResult> plain = ORIGINAL.evaluate(Series.weekly(y), 264, 312);
        List<FarringtonResult> offset = withOffset.evaluate(new Series(y, population, 52), 264, 312);
        List<FarringtonResult> noPopulation = withOffset.evaluate(Series.weekly(y), 264, 312);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(offset.get(i).upperbound()).isCloseTo(plain.get(i).upperbound(), within(1e-8));
            assertThat(offset.get(i).alarm()).isEqualTo(plain.get(i).alarm());
            assertThat(noPopulation.get(i)).isEqualTo(plain.get(i));
        }
    }

    @Test
    void populationOffsetScalesTheExpectedCount() {
        // counts proportional to a growing population: with the offset the expected count follows the population
        double[] y = new double[312];
        double[] population = new double[312];
        for (int i = 0; i < y.length; i++) {
            population[i] = 1000 + 10 * i;
            y[i] = Math.round(population[i] / 200.0);
        }
        FarringtonResult r = new FarringtonFlexible(FarringtonOptions.original().withPopulationOffset(true))
                .evaluate(new Series(y, population, 52), 312, 312)
                .getFirst();
        assertThat(r.expected()).isCloseTo(population[311] / 200.0, within(0.5));
    }

    @Test
    void referenceDateMissingFromTheSeriesGivesAReason() {
        double[] y = flat();
        List<LocalDate> dates = new ArrayList<>();
        LocalDate monday = LocalDate.of(2001, 1, 1);
        for (int i = 0; i < y.length; i++) {
            // one week left out of the calendar after week 100: later reference dates fall on that gap or shift
            dates.add(monday.plusWeeks(i < 100 ? i : i + 1));
        }
        List<FarringtonResult> results = NOUFAILY.evaluate(Series.weekly(y), dates, 264, 312);
        assertThat(results).hasSize(49).allSatisfy(r -> assertThat(r.alarm()).isFalse());
        assertThat(results).anySatisfy(r -> assertThat(r.reason()).contains("is not a date of the series"));
    }

    @Test
    void datesMustFitTheSeries() {
        Series series = Series.weekly(flat());
        List<LocalDate> tooFew = List.of(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 8));
        assertThatThrownBy(() -> NOUFAILY.evaluate(series, tooFew, 300, 300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dates");
        List<LocalDate> backwards = new ArrayList<>();
        for (int i = 0; i < 312; i++) {
            backwards.add(LocalDate.of(2001, 1, 1).minusWeeks(i));
        }
        assertThatThrownBy(() -> NOUFAILY.evaluate(series, backwards, 300, 300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increase");
    }

    @Test
    void weeklyDatesFindTheirReferenceWeeks() {
        // with dates the reference weeks lie one calendar year back on the same weekday (52 or 53 weeks)
        double[] y = flat();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            dates.add(LocalDate.of(2001, 1, 1).plusWeeks(i));
        }
        List<FarringtonResult> byDate = NOUFAILY.evaluate(Series.weekly(y), dates, 300, 312);
        assertThat(byDate).allSatisfy(r -> {
            assertThat(r.reason()).isNull();
            assertThat(r.phi()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void noPeriodsTooLargeForTheYearGivesAReason() {
        FarringtonFlexible method =
                new FarringtonFlexible(FarringtonOptions.noufaily().withNoPeriods(60));
        FarringtonResult r = method.evaluate(Series.weekly(flat()), 300, 300).getFirst();
        assertThat(r.reason()).contains("noPeriods=60 is too large");
    }

    @Test
    void oneInstanceServesManyThreads() {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            double[] y = flat();
            y[300 + i % 10] += 5 * i;
            series.add(Series.weekly(y));
        }
        List<List<FarringtonResult>> sequential =
                series.stream().map(s -> NOUFAILY.evaluate(s, 264, 312)).toList();
        List<List<FarringtonResult>> parallel =
                series.parallelStream().map(s -> NOUFAILY.evaluate(s, 264, 312)).toList();
        assertThat(parallel).isEqualTo(sequential);
    }
}
