/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A hierarchical log-linear model for the capture histories of {@code k} lists: the main effect of every list and the
 * chosen two-way interactions, {@code log mu(h) = b0 + Σ b_i h_i + Σ b_ij h_i h_j} for a history {@code h} of 0s and
 * 1s. The intercept is the log of the expected number seen by no list, so {@code N = n_observed + exp(b0)} (Fienberg
 * 1972; Bishop, Fienberg & Holland 1975, ch. 6).
 *
 * @param lists the list names, in the order of the histories' digits
 * @param interactions pairs {@code {i, j}} with {@code i < j}, in lexicographic order
 */
public record LogLinearModel(List<String> lists, List<int[]> interactions) {

    public LogLinearModel {
        lists = List.copyOf(lists);
        interactions = interactions.stream().map(int[]::clone).toList();
    }

    /**
     * Every hierarchical model up to two-way interactions: all main effects with each subset of the pairs, the
     * independence model first, then by the number of interactions (for 3 lists 8 models, for 6 lists 32,768).
     */
    public static List<LogLinearModel> all(List<String> lists) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            for (int j = i + 1; j < lists.size(); j++) {
                pairs.add(new int[] {i, j});
            }
        }
        List<LogLinearModel> models = new ArrayList<>();
        for (int subset = 0; subset < 1 << pairs.size(); subset++) {
            List<int[]> chosen = new ArrayList<>();
            for (int p = 0; p < pairs.size(); p++) {
                if ((subset & 1 << p) != 0) {
                    chosen.add(pairs.get(p));
                }
            }
            models.add(new LogLinearModel(lists, chosen));
        }
        models.sort(Comparator.comparingInt((LogLinearModel m) -> m.interactions.size())
                .thenComparing(LogLinearModel::formula));
        return models;
    }

    /** The model as an R formula's right-hand side over the list names, e.g. {@code A+B+C+A:B}. */
    public String formula() {
        List<String> terms = new ArrayList<>(lists);
        for (int[] pair : interactions) {
            terms.add(lists.get(pair[0]) + ":" + lists.get(pair[1]));
        }
        return String.join("+", terms);
    }

    /** The number of coefficients: intercept, main effects, interactions. */
    public int parameters() {
        return 1 + lists.size() + interactions.size();
    }

    /**
     * The design row of a history, given as a bit mask: bit {@code k - 1 - i} is list {@code i}, so that the mask
     * read as binary is the history as written ({@code 0b101} = "101": first and third list).
     */
    double[] row(int history) {
        int k = lists.size();
        double[] row = new double[parameters()];
        row[0] = 1;
        for (int i = 0; i < k; i++) {
            row[1 + i] = seen(history, i, k);
        }
        for (int t = 0; t < interactions.size(); t++) {
            int[] pair = interactions.get(t);
            row[1 + k + t] = seen(history, pair[0], k) * seen(history, pair[1], k);
        }
        return row;
    }

    private static int seen(int history, int list, int k) {
        return history >> (k - 1 - list) & 1;
    }
}
