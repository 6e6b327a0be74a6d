/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.stats.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.stats.ReferenceCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every model of each reference table against base R: {@code glm(count ~ ..., family = poisson)} for the deviance,
 * df, AIC, BIC and {@code N = n + exp(intercept)}, and Cormack's profile likelihood interval computed in R with
 * {@code uniroot} over the deviance of the complete table ({@code src/test/resources/estimate/make_references.R},
 * which also holds the tables). Models R cannot estimate (coefficients {@code NA}), whose estimate runs off to infinity,
 * or whose empty cells leave the intercept free (R's column {@code determined}, computed there by {@code qr}) must give
 * a reason and no number.
 */
class LogLinearParityUnitTests {

    /**
     * The bound for point estimates and deviances. Fits inside the parameter space agree to 1e-9; fits that
     * approach its boundary (empty cells driving an interaction to minus infinity) stop where the iterations do, and
     * agree to about 1e-7.
     */
    private static final double POINT = 1e-6;

    /**
     * The intervals' bounds are roots, found to 1e-10 (R) and 1e-9 (here), of a deviance fitted anew at each step; they
     * agree to about 1e-6.
     */
    private static final double BOUND = 1e-5;

    @ParameterizedTest
    @ValueSource(strings = {"two", "three", "four", "five", "empty_overlap"})
    void everyModelAgreesWithR(String name) {
        CaptureRecapture result = CaptureRecapture.estimate(table(name));
        Map<String, ModelEstimate> byModel = new HashMap<>();
        result.models().forEach(m -> byModel.put(m.model(), m));
        ReferenceCsv reference = ReferenceCsv.resource("estimate/ref_" + name + ".csv");
        assertThat(byModel).as("the models of %s", name).hasSize(reference.size());
        for (int row = 0; row < reference.size(); row++) {
            String model = reference.text(row, "model");
            ModelEstimate java = byModel.get(model);
            assertThat(java).as("%s: model %s", name, model).isNotNull();
            double n = reference.number(row, "n_observed");
            double estimate = reference.number(row, "estimate");
            if (reference.text(row, "status").equals("rank_deficient")) {
                assertThat(java.unfit()).as(model).isEqualTo(Unfit.of(Unfit.Reason.NOT_DETERMINED));
                continue;
            }
            if (reference.text(row, "determined").equals("FALSE") || !(estimate - n < LogLinearFit.DIVERGENT * n)) {
                // R gives a number: where its iterations stopped on a ridge, or on the way to infinity
                assertThat(java.unfit())
                        .as("%s: R's estimate %s", model, estimate)
                        .isIn(Unfit.of(Unfit.Reason.EMPTY_CELLS), Unfit.of(Unfit.Reason.DIVERGES));
                assertThat(java.estimate()).isNaN();
                continue;
            }
            assertThat(java.unfit()).as(model).isNull();
            assertThat(java.deviance())
                    .as("%s deviance", model)
                    .isCloseTo(reference.number(row, "deviance"), within(POINT));
            assertThat(java.df()).as("%s df", model).isEqualTo((int) reference.number(row, "df"));
            assertThat(java.aic()).as("%s AIC", model).isCloseTo(reference.number(row, "aic"), within(POINT));
            assertThat(java.bic()).as("%s BIC", model).isCloseTo(reference.number(row, "bic"), within(POINT));
            assertThat(java.estimate()).as("%s N", model).isCloseTo(estimate, within(POINT));
            assertThat(java.low())
                    .as("%s lower bound", model)
                    .isCloseTo(reference.number(row, "ci_low"), within(BOUND));
            double high = reference.number(row, "ci_high");
            if (Double.isInfinite(high)) {
                assertThat(java.high()).as("%s upper bound", model).isInfinite();
            } else {
                assertThat(java.high()).as("%s upper bound", model).isCloseTo(high, within(BOUND));
            }
        }
    }

    /** A table of the reference folder: one 0/1 column per list, then {@code count}. */
    static CaptureHistories table(String name) {
        ReferenceCsv table = ReferenceCsv.resource("estimate/table_" + name + ".csv");
        List<String> lists =
                new ArrayList<>(table.header().subList(0, table.header().size() - 1));
        Map<String, Long> counts = new HashMap<>();
        for (int row = 0; row < table.size(); row++) {
            StringBuilder history = new StringBuilder();
            for (String list : lists) {
                history.append(table.text(row, list));
            }
            counts.merge(history.toString(), (long) table.number(row, "count"), Long::sum);
        }
        return CaptureHistories.of(lists, counts);
    }
}
