/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench.evaluation;

import java.time.LocalDate;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SampleResults;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.ToxicologyCaseRecord;
import nl.signaal.ingest.WastewaterRecord;
import org.jspecify.annotations.Nullable;

/**
 * When a generated record happened and when it would have reached Signaal.
 *
 * <p>A drug-checking sample is sent with its lab results, so it arrives on its result date (3 to 10 days after the
 * sample was handed in; the ingest module refuses a result date after today, so it could not arrive earlier with its
 * results). A seizure arrives with its analysis, on the analysis date. Incidents and toxicology cases arrive on their
 * own date (the generator models no reporting delay), wastewater on the last day of its week, indicators on the last
 * day of their period (31 December, sent in the week that holds it).
 */
public final class Arrivals {

    private Arrivals() {}

    /** The date the record is about: when the sample was handed in, the incident happened, the person died. */
    public static LocalDate happened(Observation record) {
        return switch (record) {
            case SampleRecord s -> s.sampleDate();
            case IncidentRecord i -> i.incidentDate();
            case SeizureRecord z -> z.seizureDate();
            case ToxicologyCaseRecord t -> t.deathDate();
            case WastewaterRecord w -> w.period().end();
            case IndicatorRecord r -> r.period().end();
            case SampleResults r ->
                throw new IllegalArgumentException("lab results sent apart carry no date: " + r.externalId());
        };
    }

    /** The day the record reaches Signaal, with everything it holds (results, analysis). */
    public static LocalDate arrives(Observation record) {
        return switch (record) {
            case SampleRecord s -> later(s.sampleDate(), s.resultDate());
            case SeizureRecord z -> later(z.seizureDate(), z.analysisDate());
            default -> happened(record);
        };
    }

    /**
     * When a lab had confirmed what the record holds: the result date of a sample, the analysis date of a seizure,
     * the date of a toxicology case (it holds no date of analysis); {@code null} for records no lab analysed.
     */
    public static @Nullable LocalDate labConfirmed(Observation record) {
        return switch (record) {
            case SampleRecord s -> s.resultsOrEmpty().isEmpty() ? null : arrives(s);
            case SeizureRecord z -> z.results() == null || z.results().isEmpty() ? null : arrives(z);
            case ToxicologyCaseRecord t -> t.deathDate();
            default -> null;
        };
    }

    private static LocalDate later(LocalDate date, @Nullable LocalDate other) {
        return other != null && other.isAfter(date) ? other : date;
    }
}
