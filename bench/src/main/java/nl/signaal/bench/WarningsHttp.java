/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaal.SignaalApplication;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.Audience;
import nl.signaal.alert.Certainty;
import nl.signaal.alert.IdentifyingFeatures;
import nl.signaal.alert.ResponseType;
import nl.signaal.alert.Severity;
import nl.signaal.alert.Urgency;
import nl.signaal.alert.WarningContent;
import nl.signaal.alert.WarningText;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The public warning pages under load, against nginx serving the same bytes as static files, in the same run.
 *
 * <p>Signaal runs in-process with its HTTP server on a free port and an empty temporary H2 database; three warnings
 * are drafted and approved by two people (one with an update). The harness fetches the Atom feed and one warning's
 * public page, writes those exact bytes to files, and starts Debian's nginx on another port to serve them. Then wrk
 * (Debian's package) loads each URL in turn, nginx and Signaal alternating, for the given rounds: requests per second
 * and p99 latency per run, the medians, and Signaal's ratio to nginx. Anonymous requests for the public pages are
 * answered from the application's micro-cache; the page is also loaded with a query string, which bypasses it, to show
 * what rendering every request costs. wrk and both servers share the machine's cores,
 * as they would on one host.
 *
 * <p>Usage: {@code bench/run WarningsHttp [seconds=10] [rounds=3] [connections=32]}. Needs {@code wrk} and {@code
 * nginx} on the path ({@code apt-get install -y wrk nginx-light}).
 */
public final class WarningsHttp {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

    private WarningsHttp() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        // readable by nginx's workers, which drop root for an unprivileged user
        Path temporary = Files.createTempDirectory(
                "signaal-warnings-http-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Process nginx = null;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SignaalApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + temporary.resolve("signaal"),
                        "--signaal.data-dir=" + temporary,
                        "--signaal.demo.load-when-empty=false",
                        "--signaal.access.create-initial-admin=false",
                        "--signaal.surveillance.schedule=-",
                        "--logging.level.root=WARN")) {
            int port = Objects.requireNonNull(((WebServerApplicationContext) context).getWebServer())
                    .getPort();
            UUID page = publish(context.getBean(AlertManagement.class));
            String signaal = "http://127.0.0.1:" + port;
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("Atom feed", "/feeds/warnings.atom");
            paths.put("warning page", "/warnings/" + page);
            // a query string keeps a request out of the micro-cache: the application renders the page every time
            paths.put("warning page, rendered", "/warnings/" + page + "?fresh");

            Path www = Files.createDirectories(temporary.resolve("www"));
            Map<String, String> staticPaths = new LinkedHashMap<>();
            HttpClient http = HttpClient.newHttpClient();
            for (var e : paths.entrySet()) {
                HttpResponse<byte[]> response = http.send(
                        HttpRequest.newBuilder(URI.create(signaal + e.getValue()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(e.getValue() + " answered " + response.statusCode());
                }
                String file = e.getValue().endsWith(".atom") ? "feed.atom" : "page.html";
                if (Files.exists(www.resolve(file))
                        && !java.util.Arrays.equals(Files.readAllBytes(www.resolve(file)), response.body())) {
                    throw new IllegalStateException("the rendered page differs from the kept one");
                }
                Files.write(www.resolve(file), response.body());
                staticPaths.put(e.getKey(), "/" + file);
                System.out.printf(Locale.ROOT, "%s: %d bytes%n", e.getKey(), response.body().length);
            }
            int nginxPort = freePort();
            nginx = startNginx(temporary, www, nginxPort);
            String nginxBase = "http://127.0.0.1:" + nginxPort;

            // warm the JIT on both paths before anything is measured
            for (String path : paths.values()) {
                wrk(signaal + path, Math.max(5, seconds / 2), connections);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nwrk -t2 -c%d -d%ds, %d rounds, nginx and Signaal alternating; %d cores%n",
                    connections,
                    seconds,
                    rounds,
                    Runtime.getRuntime().availableProcessors());
            for (String name : paths.keySet()) {
                List<Result> ours = new ArrayList<>();
                List<Result> theirs = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    theirs.add(wrk(nginxBase + staticPaths.get(name), seconds, connections));
                    ours.add(wrk(signaal + paths.get(name), seconds, connections));
                    System.out.printf(
                            Locale.ROOT,
                            "  %s round %d: nginx %.0f req/s p99 %.2f ms; Signaal %.0f req/s p99 %.2f ms%n",
                            name,
                            r + 1,
                            theirs.getLast().rate(),
                            theirs.getLast().p99Ms(),
                            ours.getLast().rate(),
                            ours.getLast().p99Ms());
                }
                double ourRate = median(ours.stream().map(Result::rate).toList());
                double theirRate = median(theirs.stream().map(Result::rate).toList());
                System.out.printf(
                        Locale.ROOT,
                        "%s: Signaal median %.0f req/s, p99 %.2f ms; nginx median %.0f req/s, p99 %.2f ms;"
                                + " ratio %.2f%n",
                        name,
                        ourRate,
                        median(ours.stream().map(Result::p99Ms).toList()),
                        theirRate,
                        median(theirs.stream().map(Result::p99Ms).toList()),
                        ourRate / theirRate);
            }
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor();
            }
            try (Stream<Path> files = Files.walk(temporary)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Three warnings, each drafted by one person and approved by another; the first updated once. */
    private static UUID publish(AlertManagement alerts) {
        UUID first = null;
        for (String area : List.of("GG3406", "NL", "PV28")) {
            WarningContent content = content(area, "Protonitazeen in nep-oxycodon (" + area + ")");
            UUID id = alerts.draft(content, null, "bench-analyst").id();
            alerts.approve(id, "bench-coordinator");
            if (first == null) {
                first = id;
                alerts.revise(
                        id, content(area, "Protonitazeen in nep-oxycodon, ook buiten Amsterdam"), "bench-analyst");
                alerts.approve(id, "bench-coordinator");
            }
        }
        return Objects.requireNonNull(first);
    }

    private static WarningContent content(String area, String headline) {
        return new WarningContent(
                new WarningText(
                        "Nitazeen in nep-oxycodon",
                        headline,
                        "In groene tabletten met '80', verkocht als oxycodon 80 mg, is protonitazeen gevonden: een"
                                + " synthetisch opioïde dat vele malen sterker is dan fentanyl.",
                        "Gebruik deze tabletten niet. Gebruik nooit alleen; bel 112 bij sufheid of trage ademhaling."),
                new WarningText(
                        "Nitazene in fake oxycodone",
                        "Protonitazene in fake oxycodone",
                        "Protonitazene was found in green tablets marked '80' sold as oxycodone 80 mg.",
                        "Do not use these tablets. Never use alone; call 112 for drowsiness or slow breathing."),
                Set.of(Audience.PROFESSIONALS, Audience.PUBLIC),
                Urgency.IMMEDIATE,
                Severity.EXTREME,
                Certainty.OBSERVED,
                ResponseType.AVOID,
                List.of(area),
                new IdentifyingFeatures(
                        "protonitazene", "oxycodon 80 mg", "tablet", "80", "green", new BigDecimal("240"), null),
                null,
                Instant.now().plus(Duration.ofDays(30)));
    }

    private static Process startNginx(Path temporary, Path www, int port) throws IOException, InterruptedException {
        Path conf = temporary.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    types { application/atom+xml atom; text/html html; }
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server { listen 127.0.0.1:%2$d; root %3$s; }
                }
                """.formatted(temporary, port, www));
        Process nginx = new ProcessBuilder("nginx", "-p", temporary.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(temporary.resolve("nginx.out").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 50; i++) {
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/page.html"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start; see " + temporary.resolve("nginx.out"));
    }

    private static Result wrk(String url, int seconds, int connections) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true)
                .start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk against " + url + " failed:\n" + out);
        }
        Matcher rate = RATE.matcher(out);
        Matcher p99 = P99.matcher(out);
        if (!rate.find() || !p99.find()) {
            throw new IllegalStateException("could not read wrk's output:\n" + out);
        }
        double value = Double.parseDouble(p99.group(1));
        double ms = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return new Result(Double.parseDouble(rate.group(1)), ms);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private record Result(double rate, double p99Ms) {}
}
