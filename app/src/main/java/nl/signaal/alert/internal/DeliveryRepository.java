/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import static nl.signaal.alert.internal.Times.instant;
import static nl.signaal.alert.internal.Times.instantOrNull;
import static nl.signaal.alert.internal.Times.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.alert.Audience;
import nl.signaal.alert.DeliveryCounts;
import nl.signaal.alert.Severity;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions, the deliveries planned for them, and the log of every attempt. */
@Repository
class DeliveryRepository {

    private static final String SUBSCRIPTION_COLUMNS = """
            id, channel, target, secret, language, areas, min_severity, audiences, created_by, created_at, active
            """;
    private static final String DELIVERY_COLUMNS = """
            id, subscription_id, warning_id, version, msg_type, cap_identifier, message_seq, status, attempts,
            next_attempt_at, created_at
            """;

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription s) {
        jdbc.sql("INSERT INTO alert_subscription (" + SUBSCRIPTION_COLUMNS + """
                        ) VALUES (:id, :channel, :target, :secret, :language, :areas, :severity, :audiences,
                                  :createdBy, :createdAt, :active)
                        """)
                .param("id", s.id())
                .param("channel", s.channel().name())
                .param("target", s.target())
                .param("secret", s.secret())
                .param("language", s.language())
                .param("areas", String.join(",", s.areas()))
                .param("severity", s.minimumSeverity().name())
                .param(
                        "audiences",
                        s.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("createdBy", s.createdBy())
                .param("createdAt", utc(s.createdAt()))
                .param("active", s.active())
                .update();
    }

    List<Subscription> subscriptions(boolean activeOnly) {
        return jdbc.sql("SELECT " + SUBSCRIPTION_COLUMNS + " FROM alert_subscription"
                        + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY created_at, id")
                .query(DeliveryRepository::subscription)
                .list();
    }

    Optional<Subscription> subscription(UUID id) {
        return jdbc.sql("SELECT " + SUBSCRIPTION_COLUMNS + " FROM alert_subscription WHERE id = :id")
                .param("id", id)
                .query(DeliveryRepository::subscription)
                .optional();
    }

    /** Ends a subscription; what was still to be sent to it is given up. */
    void deactivate(UUID id, Instant now) {
        jdbc.sql("UPDATE alert_subscription SET active = FALSE WHERE id = :id")
                .param("id", id)
                .update();
        jdbc.sql("""
                        UPDATE alert_delivery SET status = 'FAILED', last_error = 'the subscription ended'
                        WHERE subscription_id = :id AND status = 'PENDING'
                        """).param("id", id).update();
    }

    /** The order in which a message was issued; empty for an unknown identifier. */
    Optional<Long> messageSeq(String capIdentifier) {
        return jdbc.sql("SELECT seq FROM alert_message WHERE identifier = :identifier")
                .param("identifier", capIdentifier)
                .query(Long.class)
                .optional();
    }

    boolean isPlanned(long messageSeq) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_delivery_plan WHERE message_seq = :seq")
                        .param("seq", messageSeq)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markPlanned(long messageSeq, Instant at) {
        jdbc.sql("INSERT INTO alert_delivery_plan (message_seq, planned_at) VALUES (:seq, :at)")
                .param("seq", messageSeq)
                .param("at", utc(at))
                .update();
    }

    /**
     * Whether a message of the same warning issued before this one still waits for its deliveries to be planned: an
     * Update must not overtake its Alert. Messages of other warnings do not wait for each other, so one message that is
     * never planned cannot hold up every delivery.
     */
    boolean earlierUnplanned(long messageSeq, UUID warningId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM alert_message m
                        WHERE m.warning_id = :warning AND m.seq < :seq
                          AND NOT EXISTS (SELECT 1 FROM alert_delivery_plan p WHERE p.message_seq = m.seq)
                        """)
                        .param("warning", warningId)
                        .param("seq", messageSeq)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(Delivery d) {
        jdbc.sql("INSERT INTO alert_delivery (" + DELIVERY_COLUMNS + """
                        ) VALUES (:id, :subscription, :warning, :version, :type, :identifier, :seq, :status, :attempts,
                                  :next, :createdAt)
                        """)
                .param("id", d.id())
                .param("subscription", d.subscriptionId())
                .param("warning", d.warningId())
                .param("version", d.version())
                .param("type", d.messageType())
                .param("identifier", d.capIdentifier())
                .param("seq", d.messageSeq())
                .param("status", d.status().name())
                .param("attempts", d.attempts())
                .param("next", utc(d.nextAttemptAt()))
                .param("createdAt", utc(d.createdAt()))
                .update();
    }

    /** The oldest pending delivery of every active subscription: only it may be sent, so none overtakes another. */
    List<Delivery> heads() {
        return jdbc.sql("SELECT " + DELIVERY_COLUMNS + """
                        FROM alert_delivery d
                        WHERE d.status = 'PENDING'
                          AND d.message_seq = (SELECT MIN(o.message_seq) FROM alert_delivery o
                                               WHERE o.subscription_id = d.subscription_id AND o.status = 'PENDING')
                        ORDER BY d.message_seq
                        """)
                .query(DeliveryRepository::delivery)
                .list();
    }

    void delivered(UUID id, int attempt, Instant at, String response) {
        jdbc.sql("UPDATE alert_delivery SET status = 'DELIVERED', attempts = :attempt, delivered_at = :at,"
                        + " last_error = NULL WHERE id = :id")
                .param("id", id)
                .param("attempt", attempt)
                .param("at", utc(at))
                .update();
        log(id, attempt, at, "DELIVERED", response, null, null);
    }

    void failed(UUID id, int attempt, Instant at, @Nullable String response, String error, @Nullable Instant retryAt) {
        jdbc.sql("UPDATE alert_delivery SET status = :status, attempts = :attempt, next_attempt_at = :next,"
                        + " last_error = :error WHERE id = :id")
                .param("id", id)
                .param("status", retryAt == null ? "FAILED" : "PENDING")
                .param("attempt", attempt)
                .param("next", utc(retryAt == null ? at : retryAt))
                .param("error", truncate(error))
                .update();
        log(id, attempt, at, retryAt == null ? "GAVE_UP" : "FAILED", response, error, retryAt);
    }

    private void log(
            UUID id,
            int attempt,
            Instant at,
            String outcome,
            @Nullable String response,
            @Nullable String error,
            @Nullable Instant retryAt) {
        jdbc.sql("""
                        INSERT INTO alert_delivery_attempt (delivery_id, attempt, at, outcome, response, error, retry_at)
                        VALUES (:id, :attempt, :at, :outcome, :response, :error, :retry)
                        """)
                .param("id", id)
                .param("attempt", attempt)
                .param("at", utc(at))
                .param("outcome", outcome)
                .param("response", response == null ? null : response.substring(0, Math.min(200, response.length())))
                .param("error", error == null ? null : truncate(error))
                .param("retry", utc(retryAt))
                .update();
    }

    /** A subscription's delivery log, newest attempt first. */
    List<DeliveryLogEntry> log(UUID subscriptionId, int limit) {
        return jdbc.sql("""
                        SELECT d.id, d.cap_identifier, d.msg_type, d.status, a.attempt, a.at, a.outcome, a.response,
                               a.error, a.retry_at
                        FROM alert_delivery d JOIN alert_delivery_attempt a ON a.delivery_id = d.id
                        WHERE d.subscription_id = :id
                        ORDER BY a.seq DESC FETCH FIRST :limit ROWS ONLY
                        """)
                .param("id", subscriptionId)
                .param("limit", limit)
                .query((rs, n) -> new DeliveryLogEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("cap_identifier"),
                        rs.getString("msg_type"),
                        rs.getString("status"),
                        rs.getInt("attempt"),
                        instant(rs, "at"),
                        rs.getString("outcome"),
                        rs.getString("response"),
                        rs.getString("error"),
                        instantOrNull(rs, "retry_at")))
                .list();
    }

    DeliveryCounts counts(UUID warningId) {
        long[] counts = new long[3];
        jdbc.sql("SELECT status, COUNT(*) AS n FROM alert_delivery WHERE warning_id = :id GROUP BY status")
                .param("id", warningId)
                .query((ResultSet rs) -> {
                    int index = switch (rs.getString("status")) {
                        case "DELIVERED" -> 0;
                        case "PENDING" -> 1;
                        default -> 2;
                    };
                    counts[index] += rs.getLong("n");
                });
        return new DeliveryCounts(counts[0], counts[1], counts[2]);
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        String areas = rs.getString("areas");
        return new Subscription(
                rs.getObject("id", UUID.class),
                Subscription.Channel.valueOf(rs.getString("channel")),
                rs.getString("target"),
                rs.getString("secret"),
                rs.getString("language"),
                areas.isEmpty() ? List.of() : List.of(areas.split(",")),
                Severity.valueOf(rs.getString("min_severity")),
                audiences(rs.getString("audiences")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                rs.getBoolean("active"));
    }

    private static Set<Audience> audiences(String text) {
        Set<Audience> set = EnumSet.noneOf(Audience.class);
        Arrays.stream(text.split(","))
                .filter(s -> !s.isEmpty())
                .map(Audience::valueOf)
                .forEach(set::add);
        return set;
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("subscription_id", UUID.class),
                rs.getObject("warning_id", UUID.class),
                rs.getInt("version"),
                rs.getString("msg_type"),
                rs.getString("cap_identifier"),
                rs.getLong("message_seq"),
                Delivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                instant(rs, "created_at"));
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
