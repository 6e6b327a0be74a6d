/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver for tests: a real HTTP server on a free port that keeps every request it answered with 2xx, and
 * answers what {@link #status} says (503 while "down").
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request it took: the headers that matter and the body's bytes. */
    record Received(String path, Map<String, String> headers, byte[] body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger status = new AtomicInteger(200);
    private final HttpServer server;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int answer = status.get();
            if (answer / 100 == 2) {
                received.add(new Received(
                        exchange.getRequestURI().getPath(),
                        Map.of(
                                "Idempotency-Key", exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                                "X-Signaal-Signature",
                                        exchange.getRequestHeaders().getFirst("X-Signaal-Signature")),
                        body));
            } else {
                refused.incrementAndGet();
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
