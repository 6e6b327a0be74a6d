/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.signaal.alert.Complaint;
import nl.signaal.alert.InvalidWarningException;
import org.springframework.context.MessageSource;

/**
 * The problems of a form or request, by field: each a message {@code alerts.problem.*} with its arguments, worded in
 * English for the API (from {@code messages_en}, as Spring words it) and kept as a {@link Complaint} for the pages.
 */
final class FieldProblems {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/messages", Locale.ENGLISH);

    private final Map<String, String> english = new LinkedHashMap<>();
    private final Map<String, List<Complaint>> complaints = new LinkedHashMap<>();

    void add(String field, String reason, Object... args) {
        Complaint complaint = new Complaint(
                "alerts.problem." + reason,
                Arrays.stream(args).map(String::valueOf).toList());
        english.merge(field, english(complaint), (a, b) -> a + "; " + b);
        complaints.computeIfAbsent(field, f -> new ArrayList<>()).add(complaint);
    }

    boolean isEmpty() {
        return english.isEmpty();
    }

    boolean has(String field) {
        return english.containsKey(field);
    }

    InvalidWarningException exception() {
        return new InvalidWarningException(english, complaints);
    }

    /** A message without arguments is not a MessageFormat pattern, as in Spring's messages. */
    static String english(Complaint complaint) {
        String pattern = ENGLISH.getString(complaint.key());
        return complaint.arguments().isEmpty()
                ? pattern
                : new MessageFormat(pattern, Locale.ENGLISH)
                        .format(complaint.arguments().toArray());
    }

    /** The problems of a refused form in the reader's language, by field; those in English only as they are. */
    static Map<String, String> words(InvalidWarningException e, MessageSource messages, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>(e.problems());
        e.complaints()
                .forEach((field, list) -> words.put(
                        field,
                        String.join(
                                "; ",
                                list.stream()
                                        .map(c -> messages.getMessage(
                                                c.key(), c.arguments().toArray(), locale))
                                        .toList())));
        return words;
    }
}
