/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.util.List;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.WastewaterRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class WastewaterType implements ObservationType<WastewaterRecord> {

    static final Table MEASUREMENT = new Table(
            "ingest_wastewater",
            "id",
            "batch_id",
            "organisation_id",
            "external_id",
            "site_id",
            "city",
            "country",
            "region_code",
            "metabolite",
            "period_start",
            "period_end",
            "load_mg_per_day_per_1000",
            "population_served",
            "fingerprint");

    @Override
    public ObservationKind kind() {
        return ObservationKind.WASTEWATER;
    }

    @Override
    public List<Table> tables() {
        return List.of(MEASUREMENT);
    }

    @Override
    public @Nullable WastewaterRecord check(WastewaterRecord r, Checks checks) {
        int before = checks.problemCount();
        checks.requiredText("external_id", r.externalId(), 100);
        checks.requiredText("site_id", r.siteId(), 40);
        checks.requiredText("city", r.city(), 120);
        // the city is the place: a Dutch plant without a region code lies in its city's GGD region
        var location = checks.location(r.country(), r.regionCode(), r.city());
        checks.requiredText("metabolite", r.metabolite(), 120);
        if (checks.required("period", r.period())) {
            checks.pastDate("period", r.period().start());
        }
        if (checks.required("load_mg_per_day_per_1000", r.loadMgPerDayPer1000())) {
            checks.range(
                    "load_mg_per_day_per_1000",
                    r.loadMgPerDayPer1000(),
                    BigDecimal.ZERO,
                    BigDecimal.valueOf(1_000_000),
                    "mg/day/1000");
        }
        checks.range("population_served", r.populationServed(), 0, 50_000_000);
        if (checks.problemCount() > before || location == null) {
            return null;
        }
        return new WastewaterRecord(
                r.externalId(),
                r.siteId(),
                r.city(),
                location.country(),
                location.regionCode(),
                r.metabolite(),
                r.period(),
                r.loadMgPerDayPer1000(),
                r.populationServed());
    }

    @Override
    public void write(WastewaterRecord r, Stored stored, List<List<Object[]>> rows) {
        rows.get(0).add(new Object[] {
            stored.id(),
            stored.batchId(),
            stored.organisationId(),
            r.externalId(),
            r.siteId(),
            r.city(),
            r.country(),
            r.regionCode(),
            r.metabolite(),
            r.period().start(),
            r.period().end(),
            r.loadMgPerDayPer1000(),
            r.populationServed(),
            stored.fingerprint()
        });
    }
}
