/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** A new signal was opened. */
@Externalized("signaal.signal.detected::#{subject()}")
public record SignalDetected(UUID signalId, SignalKind kind, String subject, String region, int priority) {}
