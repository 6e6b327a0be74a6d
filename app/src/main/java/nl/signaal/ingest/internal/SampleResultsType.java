/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import java.util.Objects;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SampleResults;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Lab results sent after their sample: attached to the sample the organisation registered under that external id. */
@Component
class SampleResultsType implements ObservationType<SampleResults> {

    /** Marks the sample's results as arrived, with their digest and batch. */
    static final Table RESULTS_ARRIVED = Table.update("ingest_sample", "id", "results_fingerprint", "results_batch_id");

    @Override
    public ObservationKind kind() {
        return ObservationKind.LAB_RESULTS;
    }

    @Override
    public List<Table> tables() {
        return List.of(SampleType.LAB_RESULT, RESULTS_ARRIVED);
    }

    @Override
    public @Nullable SampleResults check(SampleResults r, Checks checks) {
        int before = checks.problemCount();
        checks.requiredText("sample_external_id", r.sampleExternalId(), 100);
        checks.notEmpty("results", r.results());
        ResultChecks.check(r.results() == null ? List.of() : r.results(), checks);
        return checks.problemCount() > before ? null : r;
    }

    @Override
    public Decision decide(@Nullable Existing existing, String fingerprint) {
        if (existing == null) {
            return Decision.MISSING;
        }
        if (existing.fingerprint() == null) {
            return Decision.NEW;
        }
        return fingerprint.equals(existing.fingerprint()) ? Decision.UNCHANGED : Decision.CONFLICT;
    }

    @Override
    public void write(SampleResults r, Stored stored, List<List<Object[]>> rows) {
        var sampleId = Objects.requireNonNull(stored.existingId(), "results are written for a stored sample");
        ResultChecks.write(sampleId, r.results(), rows.get(0));
        rows.get(1).add(new Object[] {stored.fingerprint(), stored.batchId(), sampleId});
    }
}
