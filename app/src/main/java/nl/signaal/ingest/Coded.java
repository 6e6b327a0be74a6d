/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A closed list of values with a lower-case code, as written in JSON and CSV ({@code tablet}, {@code hydrochloride}).
 * Parsing ignores case and accepts each value's aliases.
 */
public interface Coded {

    @JsonValue
    String code();

    default String[] aliases() {
        return new String[0];
    }

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e ->
                        e.code().equals(wanted) || Arrays.stream(e.aliases()).anyMatch(a -> a.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    static <E extends Enum<E> & Coded> E parseOrThrow(Class<E> type, String text) {
        return parse(type, text)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of " + codes(type)));
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
