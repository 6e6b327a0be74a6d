/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The people seen by each combination of {@code k} linked lists: the observed cells of a {@code 2^k} table whose cell of
 * people seen by no list is what an estimate is about.
 *
 * @param lists the list names, 2 to 6, unique
 * @param counts per history (a bit mask, see {@link LogLinearModel#row}), index 0 unused: {@code counts[h]} people
 */
public record CaptureHistories(List<String> lists, long[] counts) {

    public static final int MIN_LISTS = 2;
    public static final int MAX_LISTS = 6;

    public CaptureHistories {
        lists = List.copyOf(lists);
        if (lists.size() < MIN_LISTS || lists.size() > MAX_LISTS) {
            throw new IllegalArgumentException(
                    "capture histories need 2 to 6 lists; " + lists.size() + " given (" + lists + ")");
        }
        if (new HashSet<>(lists).size() != lists.size()) {
            throw new IllegalArgumentException("the list names must differ: " + lists);
        }
        if (counts.length != 1 << lists.size()) {
            throw new IllegalArgumentException(
                    "expected " + (1 << lists.size()) + " cells for " + lists.size() + " lists, not " + counts.length);
        }
        for (int h = 1; h < counts.length; h++) {
            if (counts[h] < 0) {
                throw new IllegalArgumentException("history " + history(h, lists.size()) + " has a negative count");
            }
        }
        counts = counts.clone();
        counts[0] = 0;
    }

    /**
     * From counts per history written as 0/1 strings in list order ({@code "101"}); histories not given are zero.
     *
     * @throws IllegalArgumentException naming the history that is not one
     */
    public static CaptureHistories of(List<String> lists, Map<String, Long> counts) {
        long[] cells = new long[1 << lists.size()];
        counts.forEach((history, n) -> {
            if (history.length() != lists.size() || !history.matches("[01]+")) {
                throw new IllegalArgumentException("'" + history + "' is not a history of " + lists.size() + " lists ("
                        + lists.size() + " digits 0 or 1)");
            }
            if (history.indexOf('1') < 0 && n > 0) {
                throw new IllegalArgumentException("no one is counted as seen by no list");
            }
            cells[Integer.parseInt(history, 2)] += n;
        });
        return new CaptureHistories(lists, cells);
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** The history of a mask as written: {@code 5} of 3 lists is {@code "101"}. */
    public static String history(int mask, int lists) {
        StringBuilder text = new StringBuilder(Integer.toBinaryString(mask));
        while (text.length() < lists) {
            text.insert(0, '0');
        }
        return text.toString();
    }

    /** The people seen by at least one list. */
    public long observed() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** The people seen by list {@code i}. */
    public long seenBy(int list) {
        long n = 0;
        int k = lists.size();
        for (int h = 1; h < counts.length; h++) {
            if ((h >> (k - 1 - list) & 1) == 1) {
                n += counts[h];
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaptureHistories c
                && lists.equals(c.lists)
                && java.util.Arrays.equals(counts, c.counts);
    }

    @Override
    public int hashCode() {
        return 31 * lists.hashCode() + java.util.Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CaptureHistories" + lists + java.util.Arrays.toString(counts);
    }
}
