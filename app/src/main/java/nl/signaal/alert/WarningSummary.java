/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/** A warning with the Dutch headline and severity of its newest version, for lists. */
public record WarningSummary(Warning warning, String headline, Severity severity) {}
