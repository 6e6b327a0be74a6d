/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every reason ingest gives is worded in Dutch (the pages' default) and English (the API and English pages), with the
 * same arguments in both, and no wording is left over for a reason that no longer exists.
 */
class ReasonUnitTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyReasonIsWordedInDutchAndEnglishWithTheSameArguments() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        Set<String> keys = Arrays.stream(Reason.values()).map(Reason::key).collect(Collectors.toSet());

        for (String key : keys) {
            assertThat(dutch.getProperty(key)).as("Dutch %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("English %s", key).isNotBlank();
            assertThat(arguments(dutch.getProperty(key)))
                    .as("the arguments of %s", key)
                    .isEqualTo(arguments(english.getProperty(key)));
        }
        assertThat(reasonKeys(dutch)).as("Dutch wording without a reason").isEqualTo(new TreeSet<>(keys));
        assertThat(reasonKeys(english)).as("English wording without a reason").isEqualTo(new TreeSet<>(keys));
        assertThat(dutch.getProperty(Reason.REQUIRED.key())).isNotEqualTo(english.getProperty(Reason.REQUIRED.key()));
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> reasonKeys(Properties messages) {
        return messages.stringPropertyNames().stream()
                .filter(k -> k.startsWith("ingest.reason."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReasonUnitTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the class path", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
