/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A finite distribution: items with relative weights, in a fixed order (so that a draw is reproducible; a hash map's
 * order is not). Built as {@code Weighted.of("XTC", 45).or("ecstasy", 20)}; the weights need not add up to anything.
 */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Weighted<T> of(T item, double weight) {
        return new Weighted<T>(List.of(), new double[0]).or(item, weight);
    }

    /** Every item of {@code items}, weighted by {@code weight}. */
    static <T> Weighted<T> from(List<T> items, java.util.function.ToDoubleFunction<T> weight) {
        Weighted<T> weighted = new Weighted<>(List.of(), new double[0]);
        for (T item : items) {
            weighted = weighted.or(item, weight.applyAsDouble(item));
        }
        return weighted;
    }

    /** This distribution with one more item. */
    Weighted<T> or(T item, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("a weight must not be negative: " + item + " " + weight);
        }
        List<T> more = new ArrayList<>(items);
        more.add(item);
        double[] sums = java.util.Arrays.copyOf(cumulative, cumulative.length + 1);
        sums[sums.length - 1] = total() + weight;
        return new Weighted<>(List.copyOf(more), sums);
    }

    double total() {
        return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    /** The share of {@code item} among all the weights. */
    double share(T item) {
        double weight = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).equals(item)) {
                weight += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            }
        }
        return weight / total();
    }

    List<T> items() {
        return items;
    }

    /** The item at {@code u} (uniform in [0, 1)) of the cumulative weights. */
    T pick(double u) {
        double target = u * total();
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.getLast();
    }
}
