/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.signal.internal;

import java.util.EnumSet;
import java.util.Locale;

/** Reads a state or kind as users write it: any case, {@code -} or {@code _} between words. */
final class Options {

    private Options() {}

    /** @throws IllegalArgumentException naming the field and the values allowed */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is not one of "
                    + EnumSet.allOf(type).stream()
                            .map(c -> c.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
    }
}
