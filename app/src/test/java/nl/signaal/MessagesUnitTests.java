/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.stats.estimate.Unfit;
import org.junit.jupiter.api.Test;

/**
 * The pages are Dutch first with English alongside: every text exists in both languages with the same arguments, and
 * every reason the statistics can give for an estimate it cannot make has its words.
 */
class MessagesUnitTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyTextIsInBothLanguagesWithTheSameArguments() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("the keys of both languages")
                .isEqualTo(new TreeSet<>(dutch.stringPropertyNames()));
        for (String key : dutch.stringPropertyNames()) {
            assertThat(arguments(english.getProperty(key)))
                    .as("the arguments of %s", key)
                    .isEqualTo(arguments(dutch.getProperty(key)));
        }
        for (Unfit.Reason reason : Unfit.Reason.values()) {
            assertThat(dutch.getProperty("estimate.unfit." + reason.name()))
                    .as(reason.name())
                    .isNotBlank();
        }
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesUnitTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the class path", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
