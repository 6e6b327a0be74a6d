/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Warning contents for tests: a nitazene in fake oxycodone, as a warning would say it. */
public final class WarningFixtures {

    private WarningFixtures() {}

    public static WarningContent nitazene(String headline, List<String> areas) {
        return new WarningContent(
                new WarningText(
                        "Nitazeen in nep-oxycodon",
                        headline,
                        "In groene tabletten met '80', verkocht als oxycodon, is protonitazeen gevonden.",
                        "Gebruik deze tabletten niet. Bel 112 bij ademhalingsproblemen; naloxon helpt."),
                new WarningText(
                        "Nitazene in fake oxycodone",
                        "Protonitazene in fake oxycodone tablets",
                        "Protonitazene was found in green tablets marked '80' sold as oxycodone.",
                        "Do not use these tablets. Call 112 if breathing slows; naloxone helps."),
                Set.of(Audience.PROFESSIONALS, Audience.PUBLIC),
                Urgency.IMMEDIATE,
                Severity.EXTREME,
                Certainty.OBSERVED,
                ResponseType.AVOID,
                areas,
                new IdentifyingFeatures(
                        "protonitazene", "oxycodon 80 mg", "tablet", "80", "green", new BigDecimal("240"), null),
                null,
                Instant.now().plus(Duration.ofDays(30)));
    }

    public static WarningContent withValidUntil(WarningContent c, Instant validUntil) {
        return new WarningContent(
                c.nl(),
                c.en(),
                c.audience(),
                c.urgency(),
                c.severity(),
                c.certainty(),
                c.response(),
                c.areas(),
                c.features(),
                c.photo(),
                validUntil);
    }
}
