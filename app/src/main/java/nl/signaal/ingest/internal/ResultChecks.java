/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.util.List;
import nl.signaal.ingest.LabResult;

/** The checks on lab results, shared by samples, results sent later and seizures. */
final class ResultChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ResultChecks() {}

    static void check(List<LabResult> results, Checks checks) {
        for (int i = 0; i < results.size(); i++) {
            LabResult result = results.get(i);
            checks.item("results", i);
            checks.requiredText("substance", result.substance(), 200);
            checks.text("method", result.method(), 60);
            checks.text("smiles", result.smiles(), 2000);
            BigDecimal amount = result.amount();
            if (amount == null) {
                // an amount that could not be read was reported as such; its unit is not the problem
                if (result.unit() != null && !checks.unreadable("amount")) {
                    checks.fail("unit", result.unit().code(), Reason.UNIT_WITHOUT_AMOUNT);
                }
                continue;
            }
            if (amount.signum() < 0) {
                checks.fail("amount", amount.toPlainString(), Reason.NEGATIVE);
            }
            if (result.unit() == null) {
                checks.fail("unit", null, Reason.AMOUNT_WITHOUT_UNIT);
            } else if (result.unit() == LabResult.Unit.PERCENT && amount.compareTo(HUNDRED) > 0) {
                checks.fail("amount", amount.toPlainString(), Reason.PERCENT_OVER_100);
            }
            if (result.saltForm() == null) {
                checks.fail("salt_form", null, Reason.AMOUNT_WITHOUT_SALT_FORM);
            }
        }
        checks.recordLevel();
    }

    /** Rows of a lab-result table: parent id, position from 1, then the result's values. */
    static void write(java.util.UUID parentId, List<LabResult> results, List<Object[]> rows) {
        for (int i = 0; i < results.size(); i++) {
            LabResult r = results.get(i);
            rows.add(new Object[] {
                parentId,
                (short) (i + 1),
                r.substance(),
                r.amount(),
                r.unit() == null ? null : r.unit().code(),
                r.saltForm() == null ? null : r.saltForm().code(),
                r.abundance() == null ? null : r.abundance().code(),
                r.method(),
                r.smiles()
            });
        }
    }
}
