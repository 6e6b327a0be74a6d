/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Organisation;
import nl.signaal.access.Role;
import nl.signaal.demo.internal.DemoGenerator;
import nl.signaal.ingest.BatchRejectedException;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;
import nl.signaal.shared.IsoWeek;
import nl.signaal.surveillance.SurveillanceManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Service;

/**
 * Loads synthetic data through the ingest module, as the demo organisations. Generation is deterministic for a
 * scenario, seed and end week, and records keep their external ids, so loading the same data twice changes nothing.
 * External ids name the week and a number, not the seed: a database holds one set of demo data, and loading another
 * (seed, scenario or end week) into it is refused by the ingest module, batch by batch, rather than doubling the
 * national figures.
 */
@Service
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo organisations, by code: who sends what. */
    public static final Map<String, String> ORGANISATIONS = organisations();

    private final DemoGenerator generator;
    private final IngestManagement ingest;
    private final AccessManagement access;
    private final SurveillanceManagement surveillance;
    private final EventPublicationRegistry publications;
    private final AtomicReference<DemoProgress> progress = new AtomicReference<>(DemoProgress.NONE);

    DemoData(
            DemoGenerator generator,
            IngestManagement ingest,
            AccessManagement access,
            SurveillanceManagement surveillance,
            EventPublicationRegistry publications) {
        this.generator = generator;
        this.ingest = ingest;
        this.access = access;
        this.surveillance = surveillance;
        this.publications = publications;
    }

    public DemoProgress progress() {
        return progress.get();
    }

    /**
     * Generates and stores the scenario's data, reporting progress to {@link #progress()} and to {@code listener}.
     *
     * @param end the last week of data when the scenario says {@code auto}
     * @return records stored, per kind
     */
    public Map<String, Integer> load(Scenario scenario, long seed, IsoWeek end, ProgressListener listener) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        ORGANISATIONS.keySet().forEach(code -> organisations.put(code, organisation(code)));
        Map<String, Integer> stored = new LinkedHashMap<>();
        progress.set(new DemoProgress(DemoProgress.State.LOADING, 0, scenario.name()));
        try {
            generator.generate(scenario, seed, scenario.endWeek(end), (organisation, kind, records, step, percent) -> {
                Organisation sender = organisations.get(organisation);
                if (sender == null) {
                    throw new IllegalStateException("the generator used an unknown demo organisation " + organisation);
                }
                var report = ingest.ingest(kind, sender.id(), records, "demo:" + scenario.name());
                stored.merge(kind.path(), report.stored(), Integer::sum);
                progress.set(new DemoProgress(DemoProgress.State.LOADING, percent, step));
                listener.progressed(percent, step);
            });
            progress.set(new DemoProgress(DemoProgress.State.DONE, 100, scenario.name()));
            return stored;
        } catch (BatchRejectedException e) {
            RuntimeException failure = e;
            if (e.problems().stream().allMatch(p -> p.reason().contains("stored before with different content"))) {
                failure = new IllegalStateException(
                        "the database already holds other demo data (another scenario, seed or end week) under the "
                                + "same external ids; load into an empty database (--data-dir) or repeat the same "
                                + "scenario, seed and --end. "
                                + e.getMessage(),
                        e);
            }
            log.error("Loading the demo scenario {} failed", scenario.name(), failure);
            progress.set(new DemoProgress(
                    DemoProgress.State.FAILED, progress.get().percent(), String.valueOf(failure.getMessage())));
            throw failure;
        } catch (RuntimeException e) {
            log.error("Loading the demo scenario {} failed", scenario.name(), e);
            progress.set(new DemoProgress(
                    DemoProgress.State.FAILED, progress.get().percent(), String.valueOf(e.getMessage())));
            throw e;
        }
    }

    /**
     * Runs the weekly statistics over the last weeks of loaded data, as the nightly run would have done had Signaal
     * been running while the data arrived, so that a new user finds the statistics' alarms beside the rules' signals.
     * Waits first until every module has handled the stored batches (the series are counted as they arrive).
     *
     * @param last the last week of data
     * @param weeks how many weeks up to {@code last} to evaluate
     */
    public void runStatistics(IsoWeek last, int weeks) {
        try {
            awaitHandled(Duration.ofMinutes(15));
            for (int w = weeks - 1; w >= 0; w--) {
                IsoWeek week = last.plusWeeks(-w);
                progress.set(new DemoProgress(
                        DemoProgress.State.LOADING, 100, "statistics %s (%d/%d)".formatted(week, weeks - w, weeks)));
                surveillance.run(week);
                awaitHandled(Duration.ofMinutes(5));
            }
            progress.set(new DemoProgress(DemoProgress.State.DONE, 100, "statistics up to " + last));
        } catch (RuntimeException e) {
            log.error("Running the statistics over the demo data failed", e);
            progress.set(new DemoProgress(DemoProgress.State.FAILED, 100, String.valueOf(e.getMessage())));
        }
    }

    /** Waits until the event publication registry holds no publication still being handled. */
    private void awaitHandled(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!publications.findIncompletePublications().stream()
                .allMatch(p -> p.getStatus() == EventPublication.Status.FAILED)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the stored demo batches were not all handled within " + atMost);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the demo batches to be handled", e);
            }
        }
    }

    /**
     * Which records each of the scenario's events produces, for evaluating detection. Generates the data again without
     * storing it: generation is deterministic, so these are the records {@link #load} stores for the same arguments.
     *
     * @param end the last week of data when the scenario says {@code auto}
     */
    public List<InjectedEvent> injectedEvents(Scenario scenario, long seed, IsoWeek end) {
        return generator.generate(
                scenario, seed, scenario.endWeek(end), (organisation, kind, records, step, percent) -> {});
    }

    /**
     * Generates the scenario's data without storing it, for a harness that stores them itself (the scenario evaluation
     * replays them day by day): the same records {@link #load} stores for the same arguments, sent to {@code sink} in
     * time order every {@code flushWeeks} weeks, one kind per batch.
     *
     * @param end the last week of data when the scenario says {@code auto}
     * @param flushWeeks weeks between batches: 1 sends each week's records as soon as they are generated
     * @throws IllegalArgumentException when an event of the scenario cannot be generated
     */
    public List<InjectedEvent> generate(Scenario scenario, long seed, IsoWeek end, int flushWeeks, RecordSink sink) {
        return generator.generate(
                scenario,
                seed,
                scenario.endWeek(end),
                flushWeeks,
                (organisation, kind, records, step, percent) -> sink.accept(organisation, kind, records));
    }

    /**
     * Creates the demo accounts that do not exist yet, one per role, and returns their generated passwords (and the
     * demo lab's API token); nothing of these secrets is stored in plain text.
     */
    public Map<String, String> createAccounts() {
        Map<String, String> secrets = new LinkedHashMap<>();
        Organisation lab = organisation("demo-drugchecking");
        Organisation ambulance = organisation("demo-ambulance");
        Organisation centre = organisation("demo-monitoring");
        account(secrets, "lab", lab, Role.LAB);
        account(secrets, "reporter", ambulance, Role.REPORTER);
        account(secrets, "analyst", centre, Role.ANALYST);
        account(secrets, "coordinator", centre, Role.COORDINATOR);
        if (!secrets.isEmpty()) {
            secrets.put("API token (demo-drugchecking)", access.issueToken(lab, "demo", Set.of(Role.LAB)));
        }
        return secrets;
    }

    private Organisation organisation(String code) {
        return access.ensureOrganisation(code, ORGANISATIONS.getOrDefault(code, code));
    }

    private void account(Map<String, String> secrets, String username, Organisation organisation, Role role) {
        if (!access.accountExists(username)) {
            secrets.put(username, access.createAccount(username, organisation, Set.of(role)));
        }
    }

    private static Map<String, String> organisations() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("demo-drugchecking", "Demo drug-checking service");
        map.put("demo-ambulance", "Demo ambulance and first-aid services");
        map.put("demo-forensic", "Demo forensic laboratory");
        map.put("demo-wastewater", "Demo wastewater laboratory");
        map.put("demo-monitoring", "Demo national monitoring centre");
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Receives generated records: a batch of one kind, as the demo organisation with this code would send it. */
    @FunctionalInterface
    public interface RecordSink {

        void accept(String organisation, ObservationKind kind, List<? extends Observation> records);
    }

    /** Told after every stored batch. */
    @FunctionalInterface
    public interface ProgressListener {

        ProgressListener NONE = (percent, step) -> {};

        void progressed(int percent, String step);
    }
}
