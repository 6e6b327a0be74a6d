/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.ingest.Coded;
import nl.signaal.ingest.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Words Jackson's complaints about a JSON body for the person who sent it: the record, the field path as in the JSON
 * ({@code results[0].amount}), the value and what was expected. Jackson's own messages name Java types and classes
 * ("Cannot deserialize value of type `java.time.LocalDate`…"), so they are never passed on.
 */
final class JsonProblems {

    private JsonProblems() {}

    /** A body that is JSON but not what the endpoint takes. */
    static Problem of(DatabindException e) {
        StringBuilder field = new StringBuilder();
        int record = 0;
        boolean top = true;
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
                if (top) {
                    record = 1; // a single record: its fields are at the top
                }
            } else if (top) {
                record = reference.getIndex() + 1;
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
            top = false;
        }
        return new Problem(0, record, field.isEmpty() ? null : field.toString(), value(e), reason(e, field.isEmpty()));
    }

    /** A body that is not JSON at all: where the parser gave up, and its complaint without the parser's internals. */
    static String syntax(StreamReadException e) {
        String message = String.valueOf(e.getOriginalMessage());
        // Jackson appends where a value started, naming its own settings: the line and column below say enough
        int cut = message.indexOf(" (start marker at");
        if (cut < 0) {
            cut = message.indexOf("\n");
        }
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        TokenStreamLocation location = e.getLocation();
        return "the request body is not valid JSON: " + message
                + (location == null
                        ? ""
                        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }

    private static @Nullable String value(DatabindException e) {
        return e instanceof InvalidFormatException f && f.getValue() != null ? String.valueOf(f.getValue()) : null;
    }

    private static String reason(DatabindException e, boolean wholeBody) {
        if (e instanceof PropertyBindingException p) {
            Collection<Object> known = p.getKnownPropertyIds();
            return "unknown field"
                    + (known == null || known.isEmpty()
                            ? ""
                            : "; known fields: "
                                    + known.stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException a) {
            // thrown by Signaal's own value types (Coded.parseOrThrow), worded for the sender
            return String.valueOf(a.getMessage());
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return (wholeBody ? "the body must be " : "must be ") + expected(m.getTargetType());
        }
        return "cannot be read";
    }

    /** What a value of this type looks like in JSON, in words. */
    static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601, e.g. 2025-03-14T21:30:00Z)";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list (a JSON array)";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> c instanceof Coded coded
                                    ? coded.code()
                                    : ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another kind";
    }
}
