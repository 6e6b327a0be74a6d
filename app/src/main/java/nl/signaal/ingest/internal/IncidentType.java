/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.List;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class IncidentType implements ObservationType<IncidentRecord> {

    static final Table INCIDENT = new Table(
            "ingest_incident",
            "id",
            "batch_id",
            "organisation_id",
            "external_id",
            "incident_date",
            "country",
            "region_code",
            "place",
            "setting",
            "age_band",
            "sex",
            "severity",
            "naloxone_given",
            "outcome",
            "reporter_type",
            "fingerprint");
    static final Table SUBSTANCE =
            new Table("ingest_incident_substance", "incident_id", "position", "substance", "status");

    @Override
    public ObservationKind kind() {
        return ObservationKind.INCIDENT;
    }

    @Override
    public List<Table> tables() {
        return List.of(INCIDENT, SUBSTANCE);
    }

    @Override
    public @Nullable IncidentRecord check(IncidentRecord r, Checks checks) {
        int before = checks.problemCount();
        checks.requiredText("external_id", r.externalId(), 100);
        if (checks.required("incident_date", r.incidentDate())) {
            checks.pastDate("incident_date", r.incidentDate());
        }
        var location = checks.location(r.country(), r.regionCode(), r.place());
        checks.required("setting", r.setting());
        checks.required("reporter_type", r.reporterType());
        if (checks.required("severity", r.severity())) {
            checks.range("severity", r.severity(), 0, 4);
            if (r.outcome() == IncidentRecord.Outcome.DIED && r.severity() != 4) {
                checks.fail("severity", r.severity(), Reason.FATAL_SEVERITY);
            }
        }
        var substances = r.substancesOrEmpty();
        for (int i = 0; i < substances.size(); i++) {
            checks.item("substances", i);
            checks.requiredText("substance", substances.get(i).substance(), 200);
            checks.required("substance_status", substances.get(i).status());
        }
        checks.recordLevel();
        if (checks.problemCount() > before || location == null) {
            return null;
        }
        return new IncidentRecord(
                r.externalId(),
                r.incidentDate(),
                location.country(),
                location.regionCode(),
                location.place(),
                r.setting(),
                r.ageBand(),
                r.sex(),
                r.severity(),
                r.naloxoneGiven(),
                r.outcome(),
                r.reporterType(),
                r.substances());
    }

    @Override
    public void write(IncidentRecord r, Stored stored, List<List<Object[]>> rows) {
        rows.get(0).add(new Object[] {
            stored.id(),
            stored.batchId(),
            stored.organisationId(),
            r.externalId(),
            r.incidentDate(),
            r.country(),
            r.regionCode(),
            r.place(),
            r.setting().code(),
            Codes.of(r.ageBand()),
            Codes.of(r.sex()),
            r.severity().shortValue(),
            r.naloxoneGiven(),
            Codes.of(r.outcome()),
            r.reporterType().code(),
            stored.fingerprint()
        });
        var substances = r.substancesOrEmpty();
        for (int i = 0; i < substances.size(); i++) {
            rows.get(1).add(new Object[] {
                stored.id(),
                (short) (i + 1),
                substances.get(i).substance(),
                substances.get(i).status().code()
            });
        }
    }
}
