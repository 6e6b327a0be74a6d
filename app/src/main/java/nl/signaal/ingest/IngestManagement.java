/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.ingest.internal.FindingsRepository;
import nl.signaal.ingest.internal.IngestPipeline;
import nl.signaal.ingest.internal.MeasurementRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Takes in records from any source. Every method stores a whole batch or nothing: on any problem it throws {@link
 * BatchRejectedException} listing the problems. Records already stored under the same external id with the same
 * content are counted as unchanged.
 */
@Service
public class IngestManagement {

    private final IngestPipeline pipeline;
    private final FindingsRepository findings;
    private final MeasurementRepository measurements;

    IngestManagement(IngestPipeline pipeline, FindingsRepository findings, MeasurementRepository measurements) {
        this.pipeline = pipeline;
        this.findings = findings;
        this.measurements = measurements;
    }

    /**
     * Stores records of one kind sent by an organisation.
     *
     * @param source where the batch came from, for the batch log (e.g. {@code api}, a file name)
     */
    public BatchReport ingest(
            ObservationKind kind, UUID organisationId, List<? extends Observation> records, String source) {
        return pipeline.run(kind, organisationId, records, source);
    }

    /**
     * Stores a CSV file of one kind, in Signaal's own columns or through a named import profile.
     *
     * @param profile an import profile of {@link #profiles(ObservationKind)}, or {@code null} for Signaal's own columns
     */
    public BatchReport ingestCsv(
            ObservationKind kind, @Nullable String profile, UUID organisationId, InputStream csv, String source) {
        return pipeline.runCsv(kind, profile, organisationId, csv, source);
    }

    /** Names and descriptions of the import profiles for a kind. */
    public Map<String, String> profiles(ObservationKind kind) {
        Map<String, String> profiles = new LinkedHashMap<>();
        pipeline.types().profiles(kind).forEach(p -> profiles.put(p.name(), p.description()));
        return profiles;
    }

    /** Signaal's own CSV columns for a kind, in order. */
    public List<String> columns(ObservationKind kind) {
        return pipeline.types().mapper(kind).columns();
    }

    /** The substances named in the records of a stored batch, with each record's date and place. */
    public List<ReportedSubstance> reportedSubstances(UUID batchId) {
        return pipeline.reportedSubstances(batchId);
    }

    /** Every stored mention of these names, exactly as reported, e.g. after a name has been recognised. */
    public List<ReportedSubstance> reportedSubstancesNamed(Collection<String> names) {
        return names.isEmpty() ? List.of() : pipeline.reportedSubstancesNamed(names);
    }

    /**
     * The records of a stored batch with what was found in them, in date order; for a batch of samples or lab results,
     * the samples whose results it brought.
     */
    public List<RecordFindings> findings(UUID batchId) {
        return findings.findings(batchId);
    }

    /** Those of these samples that have a photo, which the monitoring centre sees at {@code /samples/{id}/photo}. */
    public Set<UUID> samplesWithPhoto(Collection<UUID> sampleIds) {
        return findings.samplesWithPhoto(sampleIds);
    }

    /** The id its sender gave a stored record. */
    public Optional<String> externalId(ObservationKind kind, UUID recordId) {
        return findings.externalId(kind, recordId);
    }

    /** Samples taken between two dates (inclusive) that match on every field given; 0 for an empty match. */
    public long countSamples(SampleMatch match, LocalDate from, LocalDate to) {
        return match.isEmpty() ? 0 : findings.countSamples(match, from, to);
    }

    /** The wastewater measurements of a metabolite over periods starting between two days (inclusive). */
    public List<WastewaterRecord> wastewater(String metabolite, LocalDate from, LocalDate to) {
        return measurements.wastewater(metabolite, from, to);
    }

    /** The metabolites with wastewater measurements. */
    public List<String> wastewaterMetabolites() {
        return measurements.metabolites();
    }

    /** The published indicators about a substance, named as their publisher names it (e.g. {@code cocaine}). */
    public List<IndicatorRecord> indicators(String substance) {
        return measurements.indicators(substance);
    }

    /** The substances indicators are published about. */
    public List<String> indicatorSubstances() {
        return measurements.indicatorSubstances();
    }

    /** Records stored per kind; for {@link ObservationKind#LAB_RESULTS} the number of lab results. */
    public Map<ObservationKind, Long> counts() {
        return pipeline.counts();
    }

    /**
     * The records of a stored batch that hold substances: samples (by the batch that brought their results),
     * incidents, seizures and toxicology cases, each once, with or without substances.
     */
    public List<StoredRecord> storedRecords(UUID batchId) {
        return pipeline.storedRecords(batchId);
    }
}
