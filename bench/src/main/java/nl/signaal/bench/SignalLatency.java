/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.signaal.SignaalApplication;
import nl.signaal.access.AccessManagement;
import nl.signaal.access.Organisation;
import nl.signaal.access.Role;
import nl.signaal.region.Region;
import nl.signaal.region.RegionKind;
import nl.signaal.region.Regions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How soon a lab result that should raise a signal is visible in the signal queue, under load.
 *
 * <p>The application runs in-process with its HTTP server on a random port, on a temporary H2 file database (or the
 * database named by {@code -Dbench.database-url}, which must be empty). A demo lab sends samples with lab results through
 * the REST API ({@code POST /api/v1/samples/batch}, API token) at a steady rate: every 100 ms a batch of samples with two
 * results each (MDMA and caffeine, sold as XTC). Once a second a <em>probe</em> is sent on its own: a tablet sold as
 * oxycodone that holds a nitazene, each time in the next GGD region (and after all 25, with the next nitazene), so that
 * it opens a signal or joins one. An analyst polls {@code GET /api/v1/signals} (HTTP Basic) until a signal is new or
 * shows more evidence (the probe's: the background load raises none after its first batch); the latency is from the probe's accepted answer (201) to the first poll that shows
 * it. The baseline, in the same run: the same poll when nothing has changed, i.e. the pure round trip
 * of the API.
 *
 * <p>Usage: {@code bench/run SignalLatency [seconds=60] [results-per-second=1000]}.
 */
public final class SignalLatency {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final List<String> NITAZENES =
            List.of("protonitazene", "metonitazene", "isotonitazene", "etonitazene", "N-pyrrolidino etonitazene");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SignalLatency() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int resultsPerSecond = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int samplesPerBatch = Math.max(1, resultsPerSecond / 10 / 2);
        String configured = System.getProperty("bench.database-url");
        @org.jspecify.annotations.Nullable
        Path temporary = configured == null ? Files.createTempDirectory("signaal-latency-") : null;
        String url = temporary != null
                ? "jdbc:h2:file:" + temporary.resolve("signaal")
                : java.util.Objects.requireNonNull(configured);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SignaalApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (url.startsWith("jdbc:postgresql:") ? "postgres" : "sa"),
                        "--signaal.data-dir=" + (temporary != null ? temporary : Path.of("target")),
                        "--signaal.demo.load-when-empty=false",
                        "--signaal.access.create-initial-admin=false",
                        "--logging.level.root=WARN")) {
            int port = java.util.Objects.requireNonNull(((WebServerApplicationContext) context).getWebServer())
                    .getPort();
            AccessManagement access = context.getBean(AccessManagement.class);
            Organisation lab = access.ensureOrganisation("bench-lab", "Benchmark lab");
            Organisation centre = access.ensureOrganisation("bench-centre", "Benchmark monitoring centre");
            String token = access.issueToken(lab, "latency", Set.of(Role.LAB));
            String password = access.createAccount("bench-analyst", centre, Set.of(Role.ANALYST));
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(("bench-analyst:" + password).getBytes(StandardCharsets.UTF_8));
            List<String> regions = context.getBean(Regions.class).all(RegionKind.GGD_REGION).stream()
                    .map(Region::code)
                    .map(Object::toString)
                    .sorted()
                    .toList();
            new Run(URI.create("http://127.0.0.1:" + port), token, basic, regions, samplesPerBatch)
                    .measure(seconds, url);
        } finally {
            if (temporary != null) {
                try (Stream<Path> paths = Files.walk(temporary)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static final class Run {

        private final URI base;
        private final String token;
        private final String basic;
        private final List<String> regions;
        private final int samplesPerBatch;
        private final HttpClient http = HttpClient.newHttpClient();
        private final AtomicLong sequence = new AtomicLong();
        private final String run = Long.toString(System.currentTimeMillis(), 36);

        Run(URI base, String token, String basic, List<String> regions, int samplesPerBatch) {
            this.base = base;
            this.token = token;
            this.basic = basic;
            this.regions = regions;
            this.samplesPerBatch = samplesPerBatch;
        }

        void measure(int seconds, String url) throws Exception {
            // warm the paths once (JIT, connection pool), and make the baseline region's signal visible
            // (and the first detections of what the background load holds, so that later changes are the probes')
            String baselineRegion = regions.getLast();
            Map<String, Integer> empty = snapshot(baselineRegion);
            send(batch(samplesPerBatch));
            long accepted = probe(NITAZENES.getLast(), baselineRegion);
            poll(baselineRegion, empty, accepted);
            awaitQuiet();
            List<String> probeRegions = regions.subList(0, regions.size() - 1);

            ExecutorService load = Executors.newSingleThreadExecutor();
            AtomicLong results = new AtomicLong();
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            Future<?> sender = load.submit(() -> {
                long next = System.nanoTime();
                while (next < end) {
                    send(batch(samplesPerBatch));
                    results.addAndGet(2L * samplesPerBatch);
                    next += 100_000_000L;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        sleep(wait / 1_000_000);
                    }
                }
                return null;
            });
            List<Double> latencies = new ArrayList<>();
            List<Double> acceptance = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            int i = 0;
            long nextProbe = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < end - 2_000_000_000L) {
                sleep(Math.max(0, (nextProbe - System.nanoTime()) / 1_000_000));
                nextProbe += 1_000_000_000L;
                String region = probeRegions.get(i % probeRegions.size());
                String substance = NITAZENES.get((i / probeRegions.size()) % NITAZENES.size());
                i++;
                Map<String, Integer> before = snapshot(region);
                long sent = System.nanoTime();
                long acceptedAt = probe(substance, region);
                acceptance.add((acceptedAt - sent) / 1e6);
                latencies.add(poll(region, before, acceptedAt));
                // the baseline: the same poll, on a signal that is already visible
                long b = System.nanoTime();
                poll(baselineRegion, Map.of(), b);
                baseline.add((System.nanoTime() - b) / 1e6);
            }
            sender.get();
            double elapsed = (System.nanoTime() - start) / 1e9;
            load.shutdown();
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d s, %d probes; background load %,d lab results in %.1f s = %,.0f results/s (target %,d)%n",
                    url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2 (file)",
                    seconds,
                    latencies.size(),
                    results.get(),
                    elapsed,
                    results.get() / elapsed,
                    samplesPerBatch * 20);
            print("probe accepted -> visible in GET /api/v1/signals", latencies);
            print("probe sent -> accepted (POST /api/v1/samples)", acceptance);
            print("baseline: GET /api/v1/signals round trip", baseline);
        }

        private static void print(String what, List<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "  %-50s p50 %8.1f ms   p99 %8.1f ms   max %8.1f ms   (n=%d)%n",
                    what,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    sorted.isEmpty() ? Double.NaN : sorted.getLast(),
                    sorted.size());
        }

        private static double percentile(List<Double> sorted, double p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        /** Waits until the signal list stops changing for a second. */
        private void awaitQuiet() throws Exception {
            Map<String, Integer> last = snapshot("");
            while (true) {
                sleep(1_000);
                Map<String, Integer> now = snapshot("");
                if (now.equals(last)) {
                    return;
                }
                last = now;
            }
        }

        /**
         * Signal id to evidence count, of every open signal. Evidence found in a product (a sample) joins one national
         * signal wherever it turns up, so a probe is seen as a change anywhere in the list; the background load changes
         * nothing after its first batch (its first detections).
         */
        private Map<String, Integer> snapshot(String region) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base.resolve("/api/v1/signals?limit=1000"))
                            .header("Authorization", basic)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET /api/v1/signals answered " + response.statusCode() + ": " + response.body());
            }
            Map<String, Integer> counts = new HashMap<>();
            for (JsonNode signal : JSON.readTree(response.body())) {
                counts.put(
                        signal.get("id").asString(),
                        signal.get("evidence_count").asInt());
            }
            return counts;
        }

        /**
         * Polls until a signal of the region is new or has more evidence than in {@code before}; an empty {@code
         * before} map returns after the first answer that holds any signal.
         *
         * @return milliseconds from {@code since} (nanoTime) to the answer that showed it
         */
        private double poll(String region, Map<String, Integer> before, long since) throws Exception {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                Map<String, Integer> now = snapshot(region);
                boolean changed = before.isEmpty()
                        ? !now.isEmpty()
                        : now.entrySet().stream().anyMatch(e -> e.getValue() > before.getOrDefault(e.getKey(), 0));
                if (changed) {
                    return (System.nanoTime() - since) / 1e6;
                }
                sleep(2);
            }
            throw new IllegalStateException("no signal in " + region + " after 60 s");
        }

        /** @return when the probe was accepted (nanoTime) */
        private long probe(String substance, String region) throws Exception {
            String id = "LAT-" + run + "-P" + sequence.incrementAndGet();
            String today = LocalDate.now(NETHERLANDS).toString();
            String body = """
                    {"external_id": "%s", "sample_date": "%s", "result_date": "%s", "region_code": "%s",
                     "sold_as": "oxycodone", "form": "tablet", "purchase_channel": "online",
                     "results": [{"substance": "%s", "abundance": "major"}]}""".formatted(id, today, today, region, substance);
            post("/api/v1/samples", body);
            return System.nanoTime();
        }

        private String batch(int samples) {
            String today = LocalDate.now(NETHERLANDS).toString();
            StringBuilder json = new StringBuilder("[");
            for (int s = 0; s < samples; s++) {
                if (s > 0) {
                    json.append(',');
                }
                String region = regions.get((int) (sequence.get() % regions.size()));
                json.append("""
                        {"external_id": "LAT-%s-%d", "sample_date": "%s", "result_date": "%s", "region_code": "%s",
                         "sold_as": "XTC", "form": "tablet",
                         "results": [{"substance": "MDMA", "amount": %d, "unit": "mg", "salt_form": "hydrochloride",
                                      "abundance": "major"}, {"substance": "caffeine", "abundance": "trace"}]}""".formatted(run, sequence.incrementAndGet(), today, today, region, 120 + s % 60));
            }
            return json.append(']').toString();
        }

        private void send(String batch) throws Exception {
            post("/api/v1/samples/batch", batch);
        }

        private void post(String path, String body) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new IllegalStateException(
                        "POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
