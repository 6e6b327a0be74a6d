/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.simulation;

/**
 * An outbreak added to a simulated series.
 *
 * @param start the week it starts (1-based)
 * @param k its size in baseline standard deviations at {@code start}
 * @param expectedCases {@code k} times the baseline standard deviation at {@code start}, the Poisson mean of the number
 *     of cases
 * @param cases the number of cases added; may be 0
 * @param firstWeek the first week with an added case, 0 when {@code cases} is 0; usually {@code start}, later when no
 *     case fell in the start week (R's {@code min(weeks)}, where the POD's monitoring starts)
 * @param lastWeek the last week with an added case, at most the series' last allowed week; 0 when {@code cases} is 0
 */
public record Outbreak(int start, int k, double expectedCases, int cases, int firstWeek, int lastWeek) {

    /** Whether any case was added; an outbreak of 0 cases cannot be detected and is left out of the POD. */
    public boolean hasCases() {
        return cases > 0;
    }
}
