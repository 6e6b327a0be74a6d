/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ToxicologyCaseRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class ToxicologyCaseType implements ObservationType<ToxicologyCaseRecord> {

    static final Table CASE = new Table(
            "ingest_toxicology_case",
            "id",
            "batch_id",
            "organisation_id",
            "external_id",
            "death_date",
            "country",
            "region_code",
            "place",
            "age_band",
            "sex",
            "drug_related",
            "fingerprint");
    static final Table FINDING = new Table(
            "ingest_toxicology_finding",
            "case_id",
            "position",
            "substance",
            "concentration",
            "unit",
            "matrix",
            "contributory");

    @Override
    public ObservationKind kind() {
        return ObservationKind.TOXICOLOGY_CASE;
    }

    @Override
    public List<Table> tables() {
        return List.of(CASE, FINDING);
    }

    @Override
    public @Nullable ToxicologyCaseRecord check(ToxicologyCaseRecord r, Checks checks) {
        int before = checks.problemCount();
        checks.requiredText("external_id", r.externalId(), 100);
        if (checks.required("death_date", r.deathDate())) {
            checks.pastDate("death_date", r.deathDate());
        }
        var location = checks.location(r.country(), r.regionCode(), r.place());
        var findings = r.findingsOrEmpty();
        for (int i = 0; i < findings.size(); i++) {
            var finding = findings.get(i);
            checks.item("findings", i);
            checks.requiredText("substance", finding.substance(), 200);
            if (finding.concentration() != null) {
                checks.range(
                        "concentration", finding.concentration(), BigDecimal.ZERO, BigDecimal.valueOf(1_000_000), "");
                if (finding.unit() == null) {
                    checks.fail("unit", null, Reason.CONCENTRATION_WITHOUT_UNIT);
                }
            }
        }
        checks.recordLevel();
        if (checks.problemCount() > before || location == null) {
            return null;
        }
        return new ToxicologyCaseRecord(
                r.externalId(),
                r.deathDate(),
                location.country(),
                location.regionCode(),
                location.place(),
                r.ageBand(),
                r.sex(),
                r.drugRelated(),
                r.findings());
    }

    @Override
    public void write(ToxicologyCaseRecord r, Stored stored, List<List<Object[]>> rows) {
        rows.get(0).add(new Object[] {
            stored.id(), stored.batchId(), stored.organisationId(), r.externalId(), r.deathDate(), r.country(),
            r.regionCode(), r.place(), Codes.of(r.ageBand()), Codes.of(r.sex()), r.drugRelated(), stored.fingerprint()
        });
        var findings = r.findingsOrEmpty();
        for (int i = 0; i < findings.size(); i++) {
            var f = findings.get(i);
            rows.get(1).add(new Object[] {
                stored.id(),
                (short) (i + 1),
                f.substance(),
                f.concentration(),
                Codes.of(f.unit()),
                Codes.of(f.matrix()),
                f.contributory()
            });
        }
    }
}
