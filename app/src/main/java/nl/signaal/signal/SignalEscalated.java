/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal;

import java.util.UUID;

/** An analyst escalated a signal: a warning should be drafted from it. */
public record SignalEscalated(UUID signalId, String subject, String region, String escalatedBy) {}
