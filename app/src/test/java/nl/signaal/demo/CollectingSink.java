/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.signaal.demo.internal.DemoSink;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.ObservationKind;

/** Keeps every generated record and batch, and a digest of all of them in the order they came. */
class CollectingSink implements DemoSink {

    /** One batch as it was sent. */
    record Batch(String organisation, ObservationKind kind, int size, String step, int percent) {}

    final Map<ObservationKind, List<Observation>> records = new EnumMap<>(ObservationKind.class);
    final List<Batch> batches = new ArrayList<>();
    private final MessageDigest digest;

    CollectingSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void accept(
            String organisation, ObservationKind kind, List<? extends Observation> batch, String step, int percent) {
        batches.add(new Batch(organisation, kind, batch.size(), step, percent));
        records.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(batch);
        digest.update((organisation + kind + step + percent).getBytes(StandardCharsets.UTF_8));
        batch.forEach(r -> digest.update(r.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    <R extends Observation> List<R> all(ObservationKind kind, Class<R> type) {
        return (List<R>) records.getOrDefault(kind, List.of());
    }

    String digest() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
