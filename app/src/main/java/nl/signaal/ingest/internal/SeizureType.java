/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.TabletFeatures;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class SeizureType implements ObservationType<SeizureRecord> {

    static final Table SEIZURE = new Table(
            "ingest_seizure",
            "id",
            "batch_id",
            "organisation_id",
            "external_id",
            "seizure_date",
            "analysis_date",
            "country",
            "region_code",
            "place",
            "form",
            "description",
            "tablet_logo",
            "tablet_colour",
            "unit_count",
            "gross_weight_g",
            "fingerprint");
    static final Table SUBSTANCE = new Table(
            "ingest_seizure_substance",
            "seizure_id",
            "position",
            "substance",
            "amount",
            "unit",
            "salt_form",
            "abundance",
            "method",
            "smiles");

    @Override
    public ObservationKind kind() {
        return ObservationKind.SEIZURE;
    }

    @Override
    public List<Table> tables() {
        return List.of(SEIZURE, SUBSTANCE);
    }

    @Override
    public @Nullable SeizureRecord check(SeizureRecord r, Checks checks) {
        int before = checks.problemCount();
        checks.requiredText("external_id", r.externalId(), 100);
        if (checks.required("seizure_date", r.seizureDate())) {
            checks.pastDate("seizure_date", r.seizureDate());
        }
        checks.pastDate("analysis_date", r.analysisDate());
        var location = checks.location(r.country(), r.regionCode(), r.place());
        checks.required("form", r.form());
        checks.text("description", r.description(), 300);
        TabletFeatures tablet = r.tablet();
        SampleType.checkTablet(r.form(), tablet, checks);
        checks.range("unit_count", r.unitCount(), 0, 1_000_000_000);
        checks.range("gross_weight_g", r.grossWeightG(), BigDecimal.ZERO, BigDecimal.valueOf(100_000_000), "g");
        ResultChecks.check(r.resultsOrEmpty(), checks);
        if (checks.problemCount() > before || location == null) {
            return null;
        }
        return new SeizureRecord(
                r.externalId(),
                r.seizureDate(),
                r.analysisDate(),
                location.country(),
                location.regionCode(),
                location.place(),
                r.form(),
                r.description(),
                tablet,
                r.unitCount(),
                r.grossWeightG(),
                r.results());
    }

    @Override
    public void write(SeizureRecord r, Stored stored, List<List<Object[]>> rows) {
        TabletFeatures tablet = r.tablet();
        rows.get(0).add(new Object[] {
            stored.id(),
            stored.batchId(),
            stored.organisationId(),
            r.externalId(),
            r.seizureDate(),
            r.analysisDate(),
            r.country(),
            r.regionCode(),
            r.place(),
            r.form().code(),
            r.description(),
            tablet == null ? null : tablet.logo(),
            tablet == null ? null : tablet.colour(),
            r.unitCount(),
            r.grossWeightG(),
            stored.fingerprint()
        });
        ResultChecks.write(stored.id(), r.resultsOrEmpty(), rows.get(1));
    }
}
