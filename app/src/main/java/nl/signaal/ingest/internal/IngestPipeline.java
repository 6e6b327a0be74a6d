/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.io.InputStream;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import nl.signaal.ingest.BatchReport;
import nl.signaal.ingest.Fingerprints;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.ingest.ObservationsAccepted;
import nl.signaal.ingest.ReportedSubstance;
import nl.signaal.ingest.StoredRecord;
import nl.signaal.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a batch as a whole or not at all. Records are read, checked and de-duplicated in chunks; their rows are
 * written as long as no problem has been found, inside one transaction that is rolled back when any problem was found
 * at the end. So a batch is never half stored, even when the process dies in the middle, and memory stays bounded by
 * the chunk size whatever the batch size.
 */
@Component
public class IngestPipeline {

    static final int CHUNK = 2_000;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final TransactionTemplate transactions;
    private final IngestRepository repository;
    private final BulkWriter writer;
    private final Regions regions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final IngestProperties properties;
    private final ObservationTypes types;
    private final DataSource dataSource;
    private final TransactionTemplate outsideTransaction;
    private final MessageSource messages;

    IngestPipeline(
            ObservationTypes types,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            TransactionTemplate transactions,
            IngestRepository repository,
            BulkWriter writer,
            Regions regions,
            Clock clock,
            ApplicationEventPublisher events,
            IngestProperties properties,
            MessageSource messages) {
        this.messages = messages;
        this.transactions = transactions;
        this.repository = repository;
        this.writer = writer;
        this.regions = regions;
        this.clock = clock;
        this.events = events;
        this.properties = properties;
        this.types = types;
        this.dataSource = dataSource;
        this.outsideTransaction = new TransactionTemplate(transactionManager);
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    public ObservationTypes types() {
        return types;
    }

    public Map<ObservationKind, Long> counts() {
        return repository.counts();
    }

    public List<ReportedSubstance> reportedSubstances(UUID batchId) {
        return repository.reportedSubstances(batchId);
    }

    public List<ReportedSubstance> reportedSubstancesNamed(Collection<String> names) {
        return repository.reportedSubstancesNamed(names);
    }

    /** Stores records sent as JSON (or made by Signaal itself, such as demo data). */
    public BatchReport run(
            ObservationKind kind, UUID organisationId, List<? extends Observation> records, String source) {
        Problems problems = new Problems(properties.maxReportedProblems(), messages);
        if (records.isEmpty()) {
            problems.add(0, 0, null, null, Reason.EMPTY_BATCH);
            throw problems.rejection(kind);
        }
        if (records.size() > properties.maxBatchRecords()) {
            throw new BatchTooLargeException("a batch holds at most " + properties.maxBatchRecords()
                    + " records; this one has " + records.size() + ": split it or send CSV");
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).kind() != kind) {
                problems.add(
                        0,
                        i + 1,
                        null,
                        null,
                        Reason.WRONG_KIND,
                        records.get(i).kind().path(),
                        kind.path());
            }
        }
        if (!problems.isEmpty()) {
            throw problems.rejection(kind);
        }
        return run(types.type(kind), organisationId, typed(records), source, null, problems);
    }

    /** Stores a CSV file, in Signaal's own columns or through an import profile. */
    public BatchReport runCsv(
            ObservationKind kind, @Nullable String profileName, UUID organisationId, InputStream csv, String source) {
        return runCsv(kind, profileName, organisationId, csv, source, UnaryOperator.identity());
    }

    /**
     * Stores a CSV file whose records are each amended before they are checked: how a page's form adds to its rows
     * what a CSV cannot carry (the photo of a sample), so that it is checked, fingerprinted and stored with the record.
     *
     * @param amend gives a record of the same kind
     */
    BatchReport runCsv(
            ObservationKind kind,
            @Nullable String profileName,
            UUID organisationId,
            InputStream csv,
            String source,
            UnaryOperator<Observation> amend) {
        Problems problems = new Problems(properties.maxReportedProblems(), messages);
        ImportProfile profile = null;
        if (profileName != null && !profileName.equals("native")) {
            profile = types.profiles(kind).stream()
                    .filter(p -> p.name().equals(profileName))
                    .findFirst()
                    .orElse(null);
            if (profile == null) {
                problems.add(
                        0,
                        0,
                        "profile",
                        profileName,
                        Reason.UNKNOWN_PROFILE,
                        kind.path(),
                        "native"
                                + types.profiles(kind).stream()
                                        .map(p -> ", " + p.name())
                                        .reduce("", String::concat));
                throw problems.rejection(kind);
            }
        }
        try (var records = new CsvRecordSource<>(types.mapper(kind), profile, csv, problems)) {
            return run(types.type(kind), organisationId, amended(records, amend), source, profileName, problems);
        } catch (CsvRecordSource.UnreadableFile e) {
            e.report(problems, 0);
            throw problems.rejection(kind);
        }
    }

    private static <R extends Observation> RecordSource<R> amended(
            RecordSource<R> source, UnaryOperator<Observation> amend) {
        return new RecordSource<>() {
            @Override
            @SuppressWarnings("unchecked")
            public RecordSource.@Nullable Parsed<R> next(Problems problems) {
                var parsed = source.next(problems);
                return parsed == null
                        ? null
                        : new RecordSource.Parsed<>(
                                (R) amend.apply(parsed.record()),
                                parsed.line(),
                                parsed.index(),
                                parsed.itemLines(),
                                parsed.unreadable());
            }

            @Override
            public int skipped() {
                return source.skipped();
            }

            @Override
            public List<String> notes() {
                return source.notes();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <R extends Observation> RecordSource<R> typed(List<? extends Observation> records) {
        return RecordSource.of((List<R>) records);
    }

    private <R extends Observation> BatchReport run(
            ObservationType<R> type,
            UUID organisationId,
            RecordSource<R> source,
            String sourceName,
            @Nullable String profile,
            Problems problems) {
        BatchReport report = transactions.execute(status -> {
            Run<R> run = new Run<>(type, organisationId, problems);
            repository.insertBatch(run.batchId, organisationId, type.kind(), sourceName, profile, clock.instant());
            // an organisation's first records of a kind need no look-ups: nothing can be stored under their ids yet
            run.lookUp = repository.hasAny(type.kind(), organisationId);
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (BackgroundWriter background = new BackgroundWriter(writer, connection)) {
                run.background = background;
                List<RecordSource.Parsed<R>> chunk = new ArrayList<>(CHUNK);
                for (var parsed = source.next(problems); parsed != null; parsed = source.next(problems)) {
                    chunk.add(parsed);
                    if (chunk.size() == CHUNK) {
                        run.process(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                run.process(chunk);
                background.finish();
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            if (!problems.isEmpty()) {
                throw problems.rejection(type.kind());
            }
            if (run.stored == 0) {
                // nothing new: leave no empty batch behind
                status.setRollbackOnly();
                return new BatchReport(
                        null, type.kind(), run.received, 0, run.unchanged, source.skipped(), source.notes());
            }
            repository.completeBatch(run.batchId, run.received, run.stored, run.unchanged);
            events.publishEvent(new ObservationsAccepted(run.batchId, type.kind(), organisationId, run.stored));
            return new BatchReport(
                    run.batchId,
                    type.kind(),
                    run.received,
                    run.stored,
                    run.unchanged,
                    source.skipped(),
                    source.notes());
        });
        if (report == null) {
            throw new IllegalStateException("the ingest transaction returned no report");
        }
        return report;
    }

    /** The state of one batch being stored. */
    private final class Run<R extends Observation> {

        private final ObservationType<R> type;
        private final UUID organisationId;
        private final Problems problems;
        private final Checks checks;
        private final UUID batchId = Uuids.timeOrdered();
        /** External id to fingerprint and first line, for the records of this batch: a batch may repeat a record. */
        private final Map<String, Seen> seen = new HashMap<>();

        private boolean lookUp = true;
        private @Nullable BackgroundWriter background;
        private int received;
        private int stored;
        private int unchanged;
        private long nextStatisticsRefresh = 10_000;

        Run(ObservationType<R> type, UUID organisationId, Problems problems) {
            this.type = type;
            this.organisationId = organisationId;
            this.problems = problems;
            this.checks = new Checks(problems, regions, LocalDate.now(clock.withZone(NETHERLANDS)));
        }

        void process(List<RecordSource.Parsed<R>> chunk) {
            received += chunk.size();
            Map<String, ObservationType.Existing> existing = lookUp ? existing(chunk) : Map.of();
            List<List<Object[]>> rows = new ArrayList<>();
            type.tables().forEach(t -> rows.add(new ArrayList<>()));
            for (var parsed : chunk) {
                R record = parsed.record();
                checks.at(parsed.line(), parsed.index(), parsed.itemLines(), parsed.unreadable());
                R checked = type.check(record, checks);
                checks.recordLevel();
                String fingerprint = Fingerprints.of(record);
                Seen earlier =
                        seen.putIfAbsent(record.externalId(), new Seen(fingerprint, parsed.line(), parsed.index()));
                if (earlier != null) {
                    if (earlier.fingerprint.equals(fingerprint)) {
                        unchanged++;
                    } else {
                        checks.fail(
                                "external_id",
                                record.externalId(),
                                earlier.line > 0 ? Reason.TWICE_IN_BATCH_LINE : Reason.TWICE_IN_BATCH_RECORD,
                                earlier.line > 0 ? earlier.line : earlier.index);
                    }
                    continue;
                }
                if (checked == null || !parsed.unreadable().isEmpty()) {
                    // a value that could not be read is null here, whatever the record type says
                    continue;
                }
                ObservationType.Existing stored = existing.get(record.externalId());
                switch (type.decide(stored, fingerprint)) {
                    case NEW -> {
                        type.write(
                                checked,
                                new ObservationType.Stored(
                                        Uuids.timeOrdered(),
                                        batchId,
                                        organisationId,
                                        fingerprint,
                                        stored == null ? null : stored.id()),
                                rows);
                        this.stored++;
                    }
                    case UNCHANGED -> unchanged++;
                    case CONFLICT -> checks.fail("external_id", record.externalId(), Reason.STORED_DIFFERENTLY);
                    case MISSING ->
                        checks.fail("sample_external_id", record.externalId(), Reason.SAMPLE_NOT_REGISTERED);
                }
            }
            // once a problem is known the batch will be rolled back: reading on only serves to report all problems
            if (problems.isEmpty() && background != null) {
                boolean refresh = stored >= nextStatisticsRefresh;
                if (refresh) {
                    nextStatisticsRefresh *= 4;
                }
                background.write(type.tables(), rows, refresh);
            }
        }

        /**
         * What is stored under the chunk's external ids, read on a connection of its own outside the batch's
         * transaction (whose connection is busy writing): only records committed before are of interest, since the
         * batch's own records are in {@link #seen}.
         */
        private Map<String, ObservationType.Existing> existing(List<RecordSource.Parsed<R>> chunk) {
            List<String> ids =
                    chunk.stream().map(p -> p.record().externalId()).distinct().toList();
            var found = outsideTransaction.execute(s -> repository.findExisting(type.kind(), organisationId, ids));
            return found == null ? Map.of() : found;
        }
    }

    private record Seen(String fingerprint, long line, int index) {}

    public List<StoredRecord> storedRecords(UUID batchId) {
        return repository.storedRecords(batchId);
    }
}
