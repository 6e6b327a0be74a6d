/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

/**
 * A warning's text in one language.
 *
 * @param event the danger in a few words, CAP {@code event} ("Nitazeen in nep-oxycodon")
 * @param headline one sentence, CAP {@code headline}
 * @param description what was found, where, and why it is dangerous
 * @param advice what to do, CAP {@code instruction}
 */
public record WarningText(String event, String headline, String description, String advice) {}
