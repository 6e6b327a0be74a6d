/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
        return Optional.ofNullable(
                type.cast(Lookup.BY_TEXT.get(type).get(text.trim().toLowerCase(Locale.ROOT))));
    }

    static <E extends Enum<E> & Coded> E parseOrThrow(Class<E> type, String text) {
        return parse(type, text)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of " + codes(type)));
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    /** Codes and aliases, lower case, to values: built once per type, since every CSV row parses several. */
    final class Lookup {

        private static final ClassValue<Map<String, Object>> BY_TEXT = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> values = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    Coded coded = (Coded) constant;
                    values.put(coded.code(), constant);
                    for (String alias : coded.aliases()) {
                        values.putIfAbsent(alias.toLowerCase(Locale.ROOT), constant);
                    }
                }
                return Map.copyOf(values);
            }
        };

        private Lookup() {}
    }
}
