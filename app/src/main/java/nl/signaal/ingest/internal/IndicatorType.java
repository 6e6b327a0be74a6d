/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigDecimal;
import java.util.List;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.ObservationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

@Component
class IndicatorType implements ObservationType<IndicatorRecord> {

    static final Table INDICATOR = new Table(
            "ingest_indicator",
            "id",
            "batch_id",
            "organisation_id",
            "external_id",
            "indicator",
            "substance",
            "population_group",
            "country",
            "region_code",
            "period_start",
            "period_end",
            "indicator_value",
            "unit",
            "ci_low",
            "ci_high",
            "sample_size",
            "fingerprint");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public ObservationKind kind() {
        return ObservationKind.INDICATOR;
    }

    @Override
    public List<Table> tables() {
        return List.of(INDICATOR);
    }

    @Override
    public @Nullable IndicatorRecord check(IndicatorRecord r, Checks checks) {
        int before = checks.problemCount();
        checks.requiredText("external_id", r.externalId(), 100);
        checks.required("indicator", r.indicator());
        checks.text("substance", r.substance(), 200);
        checks.requiredText("population_group", r.populationGroup(), 120);
        var location = checks.location(r.country(), r.regionCode(), null);
        if (checks.required("period", r.period())) {
            checks.pastDate("period", r.period().start());
        }
        checks.required("unit", r.unit());
        if (checks.required("value", r.value())) {
            BigDecimal max = r.unit() == IndicatorRecord.Unit.PERCENT ? HUNDRED : BigDecimal.valueOf(1_000_000_000);
            checks.range(
                    "value",
                    r.value(),
                    BigDecimal.ZERO,
                    max,
                    r.unit() == null ? "" : r.unit().code());
            if (r.ciLow() != null && r.ciLow().compareTo(r.value()) > 0) {
                checks.fail(
                        "ci_low",
                        r.ciLow().toPlainString(),
                        Reason.CI_LOW_ABOVE_VALUE,
                        r.value().toPlainString());
            }
            if (r.ciHigh() != null && r.ciHigh().compareTo(r.value()) < 0) {
                checks.fail(
                        "ci_high",
                        r.ciHigh().toPlainString(),
                        Reason.CI_HIGH_BELOW_VALUE,
                        r.value().toPlainString());
            }
        }
        checks.range("sample_size", r.sampleSize(), 1, 1_000_000_000);
        if (checks.problemCount() > before || location == null) {
            return null;
        }
        return new IndicatorRecord(
                r.externalId(),
                r.indicator(),
                r.substance(),
                r.populationGroup(),
                location.country(),
                location.regionCode(),
                r.period(),
                r.value(),
                r.unit(),
                r.ciLow(),
                r.ciHigh(),
                r.sampleSize());
    }

    @Override
    public void write(IndicatorRecord r, Stored stored, List<List<Object[]>> rows) {
        rows.get(0).add(new Object[] {
            stored.id(), stored.batchId(), stored.organisationId(), r.externalId(),
                    r.indicator().code(), r.substance(),
            r.populationGroup(), r.country(), r.regionCode(), r.period().start(),
                    r.period().end(), r.value(),
            r.unit().code(), r.ciLow(), r.ciHigh(), r.sampleSize(), stored.fingerprint()
        });
    }
}
