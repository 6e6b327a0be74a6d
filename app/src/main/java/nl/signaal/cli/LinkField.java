/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.cli;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.signaal.shared.DirectIdentifiers;
import org.jspecify.annotations.Nullable;

/**
 * What an identifying field contributes to a link key, and how its value is normalised first so that the same person
 * written differently by two sources ("José van der Berg", "JOSE VAN DER BERG", "Berg, J. van der") gives the same key.
 * The rules are protocol version 1 of docs/pseudonymisation.md; changing one changes every key, so a change is a new
 * version, never an edit.
 *
 * <p>Letters: compatibility decomposition (NFKD), accents and other combining marks removed, upper case (root locale),
 * ß Æ Ø Œ Ł Đ Þ written out as SS AE O OE L D TH, and every character that is not a letter or digit removed (spaces,
 * hyphens, apostrophes, dots). Letters of other scripts are kept as they are.
 */
enum LinkField {
    /** The first letter of the first name or of the initials: sources write "Jan", "J." or "J.W.". */
    INITIAL("initial", "I"),
    /** The family name without Dutch and other name particles (van, de, der, ten, …) anywhere in it. */
    FAMILY_NAME("family-name", "F"),
    /** A calendar date, written as ISO yyyy-mm-dd. */
    BIRTH_DATE("birth-date", "B"),
    /** M, F or X (other or unknown). */
    SEX("sex", "S"),
    /** Any other field: its letters and digits. */
    TEXT("text", "T");

    /** The protocol version, the first part of every HMAC message. */
    static final String PROTOCOL = "signaal-link-v1";

    private static final Map<String, LinkField> RECOGNISED = recognised();

    /** Name particles dropped from a family name, compared after normalisation. */
    private static final Set<String> PARTICLES = Set.of(
            "VAN", "VON", "DE", "DER", "DEN", "HET", "T", "TE", "TEN", "TER", "VD", "VDR", "VANT", "INT", "OP", "IN",
            "UIT", "AAN", "BIJ", "ONDER", "OVER", "VOOR", "LA", "LE", "LES", "DU", "DA", "DI", "DEL", "DELLA", "DES",
            "DOS", "DAS", "EL", "AL");

    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** A midnight time as database and spreadsheet exports append to a date. */
    private static final Pattern MIDNIGHT = Pattern.compile("[ T]00:00(:00(\\.0+)?)?Z?$");

    private static final Map<String, String> SEXES = sexes();

    private final String id;
    private final String tag;

    LinkField(String id, String tag) {
        this.id = id;
        this.tag = tag;
    }

    /** The name used in {@code --fields column=ROLE} and in messages. */
    String id() {
        return id;
    }

    /** The short name of the field in the HMAC message: {@code I=J}. */
    String tag() {
        return tag;
    }

    static @Nullable LinkField byId(String id) {
        return Arrays.stream(values())
                .filter(f -> f.id.equals(id.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }

    static String ids() {
        return Arrays.stream(values()).map(LinkField::id).collect(Collectors.joining(", "));
    }

    /** The role a column of this name plays by default, or null: voornaam → initial, geboortedatum → birth-date. */
    static @Nullable LinkField recognise(String columnName) {
        return RECOGNISED.get(DirectIdentifiers.normaliseName(columnName));
    }

    /** The column names recognised for this role, normalised (for the help and the documentation). */
    List<String> recognisedNames() {
        return RECOGNISED.entrySet().stream()
                .filter(e -> e.getValue() == this)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /**
     * The value as it enters the HMAC message.
     *
     * @throws BadValue when the value is empty after normalisation or is not what this field holds; the message says
     *     what was expected and never repeats the value
     */
    String normalise(String raw) throws BadValue {
        String value = switch (this) {
            case INITIAL -> {
                String letters = letters(raw);
                yield letters.isEmpty() ? "" : letters.substring(0, letters.offsetByCodePoints(0, 1));
            }
            case FAMILY_NAME -> familyName(raw);
            case BIRTH_DATE -> raw.isBlank() ? "" : date(raw);
            case SEX -> raw.isBlank() ? "" : sex(raw);
            case TEXT -> letters(raw);
        };
        if (value.isEmpty()) {
            throw new BadValue(raw.isBlank() ? "empty" : "no letters or digits");
        }
        return value;
    }

    /**
     * The HMAC message of one person: the protocol version, then {@code |tag=value} per field in the order of this
     * enum (texts in the order given). Normalised values hold only letters, digits and the hyphens of a date, so
     * {@code |} and {@code =} cannot occur in them and the message is unambiguous.
     */
    static String message(List<Value> values) {
        StringBuilder message = new StringBuilder(PROTOCOL);
        for (LinkField field : values()) {
            for (Value v : values) {
                if (v.field() == field) {
                    message.append('|').append(field.tag).append('=').append(v.normalised());
                }
            }
        }
        return message.toString();
    }

    /** A normalised value of a field. */
    record Value(LinkField field, String normalised) {}

    /** The letters and digits of a text, upper case, without accents. */
    static String letters(String raw) {
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.toUpperCase(Locale.ROOT).codePoints().forEach(c -> {
            switch (c) {
                case 'Æ' -> out.append("AE");
                case 'Ø' -> out.append('O');
                case 'Œ' -> out.append("OE");
                case 'Ł' -> out.append('L');
                case 'Đ' -> out.append('D');
                case 'Þ' -> out.append("TH");
                default -> {
                    if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String familyName(String raw) {
        List<String> words = Arrays.stream(raw.split("[\\s,\\-]+"))
                .map(LinkField::letters)
                .filter(w -> !w.isEmpty())
                .toList();
        List<String> kept = words.stream().filter(w -> !PARTICLES.contains(w)).toList();
        // a name of particles only ("Van") is kept whole rather than emptied
        return String.join("", kept.isEmpty() ? words : kept);
    }

    private static String date(String raw) throws BadValue {
        String text = MIDNIGHT.matcher(raw.strip()).replaceFirst("");
        LocalDate date;
        try {
            Matcher m;
            if ((m = ISO.matcher(text)).matches()) {
                date = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } else if ((m = DAY_FIRST.matcher(text)).matches()) {
                date = LocalDate.of(
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
            } else if ((m = COMPACT.matcher(text)).matches()) {
                date = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else {
                throw new BadValue("not a date; expected yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy or yyyymmdd");
            }
        } catch (DateTimeException e) {
            throw new BadValue("not a date of the calendar (" + e.getMessage() + ")");
        }
        if (date.getYear() < 1880 || date.isAfter(LocalDate.now())) {
            throw new BadValue("a date of birth before 1880 or in the future");
        }
        return date.toString();
    }

    private static String sex(String raw) throws BadValue {
        String sex = SEXES.get(letters(raw));
        if (sex == null) {
            throw new BadValue("not a sex; expected M, man, male or 1; V, F, vrouw, female or 2; X, anders, other,"
                    + " onbekend, unknown, 0 or 9");
        }
        return sex;
    }

    private static Map<String, String> sexes() {
        Map<String, String> sexes = new HashMap<>();
        for (String m : List.of("M", "MAN", "MALE", "MANNELIJK", "JONGEN", "1")) {
            sexes.put(m, "M");
        }
        for (String f : List.of("V", "F", "VROUW", "FEMALE", "VROUWELIJK", "MEISJE", "2")) {
            sexes.put(f, "F");
        }
        for (String x :
                List.of("X", "O", "U", "ANDERS", "OTHER", "OVERIG", "DIVERS", "ONBEKEND", "UNKNOWN", "0", "9")) {
            sexes.put(x, "X");
        }
        return Map.copyOf(sexes);
    }

    private static Map<String, LinkField> recognised() {
        Map<String, LinkField> names = new HashMap<>();
        for (String n : List.of(
                "voorletters",
                "voorletter",
                "initialen",
                "initials",
                "initial",
                "voornaam",
                "voornamen",
                "eerstevoornaam",
                "roepnaam",
                "firstname",
                "firstnames",
                "givenname",
                "givennames",
                "forename",
                "forenames")) {
            names.put(n, INITIAL);
        }
        for (String n : List.of(
                "achternaam", "familienaam", "geslachtsnaam", "lastname", "surname", "familyname", "geboortenaam")) {
            names.put(n, FAMILY_NAME);
        }
        for (String n :
                List.of("geboortedatum", "gebdatum", "gebdat", "geboortedag", "dateofbirth", "birthdate", "dob")) {
            names.put(n, BIRTH_DATE);
        }
        for (String n : List.of("geslacht", "sex", "gender", "geslachtsaanduiding")) {
            names.put(n, SEX);
        }
        return Map.copyOf(names);
    }

    /** A value this field cannot hold; the message says what was expected and does not repeat the value. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message);
        }
    }
}
