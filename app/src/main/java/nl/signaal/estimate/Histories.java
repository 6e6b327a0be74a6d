/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Capture histories as uploaded: the lists in the file's order and, per stratum (empty when there is one population),
 * the number of people with each history. A history is written as a 0/1 string in list order: {@code 101} is seen by
 * the first and third list only.
 *
 * @param lists the list names, 2 to 6
 * @param strata the counts by stratum, then by history; histories not in the file are zero
 */
public record Histories(List<String> lists, Map<String, Map<String, Long>> strata) {

    public static final int MIN_LISTS = 2;
    public static final int MAX_LISTS = 6;

    public Histories {
        lists = List.copyOf(lists);
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        strata.forEach((stratum, counts) -> copy.put(stratum, Map.copyOf(counts)));
        strata = java.util.Collections.unmodifiableMap(copy);
    }

    /** The people seen by at least one list, over all strata. */
    public long observed() {
        return strata.values().stream()
                .flatMap(c -> c.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Whether the file names strata. */
    public boolean stratified() {
        return strata.size() > 1 || !strata.containsKey("");
    }

    /** The counts of all strata together. */
    public Map<String, Long> total() {
        Map<String, Long> sum = new TreeMap<>();
        strata.values().forEach(c -> c.forEach((history, n) -> sum.merge(history, n, Long::sum)));
        return sum;
    }
}
