/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaal.stats.ReferenceCsv;
import org.junit.jupiter.api.Test;

/**
 * Chapman, the model average, the sum of strata and the multiplier method against the same formulas written out in R
 * ({@code make_references.R}, {@code ref_derived.csv}); and the cases where an honest answer is a reason, not a number.
 */
class DerivedEstimatesUnitTests {

    private static final ReferenceCsv DERIVED = ReferenceCsv.resource("estimate/ref_derived.csv");

    @Test
    void chapmanWithChaosIntervalAlsoWithoutOverlap() {
        assertMatches("chapman_two", Chapman.estimate(histories("10", 120, "01", 80, "11", 30)));
        assertMatches("chapman_no_overlap", Chapman.estimate(histories("10", 50, "01", 40, "11", 0)));
    }

    @Test
    void theAicWeightedAverageAndTheSumOfStrata() {
        Interval three = CaptureRecapture.estimate(LogLinearParityUnitTests.table("three"))
                .averaged();
        Interval four = CaptureRecapture.estimate(LogLinearParityUnitTests.table("four"))
                .averaged();
        assertMatches("average_three", three);
        assertMatches("average_four", four);
        assertMatches("strata_three_four", Stratified.combine(java.util.Arrays.asList(three, four), 659 + 2069));
        assertThat(Stratified.combine(java.util.Arrays.asList(three, null), 659 + 2069))
                .as("a stratum without an estimate leaves the sum without one")
                .isNull();
    }

    @Test
    void theMultiplierMethod() {
        assertMatches("multiplier_850_4.2_2.9_6.1", Multiplier.estimate(850, 4.2, 2.9, 6.1));
        assertThatThrownBy(() -> Multiplier.estimate(850, 7, 2.9, 6.1)).hasMessageContaining("within its interval");
        assertThatThrownBy(() -> Multiplier.estimate(0, 4.2, 2.9, 6.1)).hasMessageContaining("at least 1");
    }

    @Test
    void twoListsWithNoOneInCommonGiveChapmanAndReasonsNotNumbers() {
        CaptureRecapture result = CaptureRecapture.estimate(histories("10", 50, "01", 40, "11", 0));
        assertThat(result.models()).extracting(ModelEstimate::model).containsExactly("A+B", "A+B+A:B");
        assertThat(result.models().get(0).unfit()).isEqualTo(Unfit.of(Unfit.Reason.DIVERGES));
        assertThat(result.models().get(1).unfit()).isEqualTo(Unfit.of(Unfit.Reason.NOT_DETERMINED));
        assertThat(result.models()).allSatisfy(m -> assertThat(m.estimate()).isNaN());
        assertThat(result.chosen()).isNull();
        assertThat(result.averaged()).isNull();
        assertThat(result.chapman()).isNotNull();
    }

    @Test
    void aListThatSawEveryoneLeavesNothingToEstimate() {
        CaptureRecapture result = CaptureRecapture.estimate(histories("100", 40, "110", 25, "101", 12, "111", 3));
        assertThat(result.note()).isEqualTo(new Unfit(Unfit.Reason.LIST_SAW_EVERYONE, "A"));
        assertThat(result.note().english()).startsWith("list A saw everyone the other lists saw");
        assertThat(result.models()).hasSize(8).allSatisfy(m -> {
            assertThat(m.fitted()).isFalse();
            assertThat(m.estimate()).isNaN();
        });
        assertThat(result.chosen()).isNull();
        assertThat(result.averaged()).isNull();
    }

    @Test
    void captureHistoriesRefuseWhatIsNotOne() {
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A"), Map.of("1", 3L)))
                .hasMessageContaining("2 to 6 lists");
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "A"), Map.of("10", 3L)))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "B"), Map.of("102", 3L)))
                .hasMessageContaining("'102' is not a history of 2 lists");
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "B"), Map.of("00", 3L)))
                .hasMessageContaining("seen by no list");
        assertThatThrownBy(() -> CaptureHistories.of(List.of("A", "B"), Map.of("10", -1L)))
                .hasMessageContaining("negative");
    }

    @Test
    void modelsAreNamedAsRFormulasInListOrder() {
        assertThat(LogLinearModel.all(List.of("T", "P", "S")))
                .extracting(LogLinearModel::formula)
                .hasSize(8)
                .startsWith("T+P+S")
                .contains("T+P+S+T:P", "T+P+S+T:S", "T+P+S+P:S", "T+P+S+T:P+T:S+P:S");
        assertThat(LogLinearModel.all(List.of("A", "B", "C", "D", "E", "F"))).hasSize(1 << 15);
    }

    private static void assertMatches(String what, Interval java) {
        int row = -1;
        for (int i = 0; i < DERIVED.size(); i++) {
            if (DERIVED.text(i, "what").equals(what)) {
                row = i;
            }
        }
        assertThat(row).as("%s in ref_derived.csv", what).isNotNegative();
        assertThat(java.estimate()).as(what).isCloseTo(DERIVED.number(row, "estimate"), within(1e-6));
        assertThat(java.low()).as(what + " low").isCloseTo(DERIVED.number(row, "low"), within(1e-6));
        assertThat(java.high()).as(what + " high").isCloseTo(DERIVED.number(row, "high"), within(1e-6));
    }

    /** Two or three lists named A, B(, C) from pairs of history and count. */
    private static CaptureHistories histories(Object... pairs) {
        int k = ((String) pairs[0]).length();
        List<String> lists = new ArrayList<>(List.of("A", "B", "C").subList(0, k));
        Map<String, Long> counts = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return CaptureHistories.of(lists, counts);
    }
}
