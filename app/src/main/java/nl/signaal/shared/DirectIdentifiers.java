/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds obvious direct identifiers in a table (a CSV header and its rows): columns whose <em>name</em> says they hold
 * one (naam, geboortedatum, bsn, adres, postcode, e-mail, telefoon, …) and cells whose <em>value</em> looks like one (a
 * nine-digit number that passes the BSN eleven-test, an e-mail address, a Dutch phone number, a Dutch postcode such as
 * {@code 1234 AB}, a full date as a date of birth would be written). Signaal refuses linked lists that contain them
 * (DESIGN §8: lists are linked by a keyed hash made at the source, never by identities), and {@code signaal
 * pseudonymise} refuses to let them pass through.
 *
 * <p>Stateless: every method is a pure function of its arguments. A check of obvious identifiers, not a proof of
 * anonymity: a column named {@code x} holding surnames is not found, nor are quasi-identifiers (a rare substance in a
 * small town). It errs towards reporting: about one in eleven random nine-digit numbers passes the eleven-test, and a
 * date of an event looks the same as a date of birth. A finding never repeats the value it found, so that a message
 * or a log line never carries the identifier itself.
 */
public final class DirectIdentifiers {

    /** What kind of identifier a column or value is. */
    public enum Kind {
        NAME("a name of a person"),
        BIRTH_DATE("a date of birth"),
        FULL_DATE("a full date (day, month and year), as a date of birth is written"),
        BSN("a citizen service number (BSN)"),
        ADDRESS("an address"),
        POSTCODE("a Dutch postcode"),
        EMAIL("an e-mail address"),
        PHONE("a phone number"),
        RECORD_NUMBER("a client or patient record number"),
        BANK_ACCOUNT("a bank account number"),
        ID_DOCUMENT("an identity document number");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * One identifier found: in the header ({@code byName}, {@code firstLine} 1) or in the values of a column, from
     * {@code firstLine} on in {@code lines} lines.
     *
     * @param column 1-based
     * @param lines how many lines have such a value; 1 for a column name
     */
    public record Finding(int column, String columnName, long firstLine, Kind kind, boolean byName, long lines) {

        /** E.g. {@code column 3 'geboortedatum': its name says it holds a date of birth}. */
        public String describe() {
            String where = "column %d '%s'".formatted(column, columnName);
            if (byName) {
                return where + ": its name says it holds " + kind.description();
            }
            String also = lines > 1 ? " (and on %,d more line%s)".formatted(lines - 1, lines > 2 ? "s" : "") : "";
            return "line %d, %s: the value looks like %s%s".formatted(firstLine, where, kind.description(), also);
        }

        /** The same finding, on one more line. */
        public Finding onOneMoreLine() {
            return new Finding(column, columnName, firstLine, kind, byName, lines + 1);
        }
    }

    /** One row of values with the line of the file it starts on (1-based; the header is line 1). */
    public record Row(long line, List<String> values) {}

    /** Column names, normalised by {@link #normaliseName}, that name a direct identifier. */
    private static final Map<String, Kind> NAMES = names();

    /** Prefixes that leave a column an identifier: {@code client_naam}, {@code patient geboortedatum}. */
    private static final List<String> PERSON_PREFIXES = List.of("client", "patient", "persoon", "person", "klant");

    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");

    /**
     * A Dutch number: 0, +31 or 0031, then nine digits of which the first is not 0, with spaces, hyphens or a
     * {@code (0)} between them as people write them ({@code 06-12345678}, {@code +31 (0)20 123 4567}).
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}0-9+]|[0-9][.,])(?:\\+31|0031|0)[ -]?(?:\\(0\\)[ -]?)?[1-9](?:[ -]?[0-9]){8}(?![\\p{L}0-9]|[.,][0-9])");

    /** {@code 020 123 4567} style with the area code in brackets: {@code (020) 1234567}. */
    private static final Pattern PHONE_BRACKETS =
            Pattern.compile("(?<![0-9])\\(0[1-9][0-9]{1,2}\\)[ -]?(?:[0-9][ -]?){5,6}[0-9](?![0-9])");

    /** PostNL postcodes: four digits not starting with 0, then two letters other than SA, SD and SS. */
    private static final Pattern POSTCODE_IN_TEXT =
            Pattern.compile("(?<![\\p{L}0-9])[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}0-9])");

    private static final Pattern POSTCODE_CELL = Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}");

    private static final Pattern BSN = Pattern.compile(
            "(?<![\\p{L}0-9]|[0-9][.,])([0-9]{3})([ .]?)([0-9]{3})\\2([0-9]{3})(?![\\p{L}0-9]|[.,][0-9])");

    /** yyyy-mm-dd and d-m-yyyy with -, / or . as separator; a date alone in its cell. */
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

    private DirectIdentifiers() {}

    /** The identifiers the column names of a header announce (a header is line 1). */
    public static List<Finding> inHeader(List<String> header) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Kind kind = identifierName(header.get(i));
            if (kind != null) {
                found.add(new Finding(i + 1, header.get(i), 1, kind, true, 1));
            }
        }
        return found;
    }

    /** The cells of one row whose value looks like an identifier, at most one finding per cell. */
    public static List<Finding> inRow(List<String> header, Row row) {
        List<Finding> found = new ArrayList<>();
        List<String> values = row.values();
        for (int i = 0; i < values.size(); i++) {
            Kind kind = identifierValue(values.get(i));
            if (kind != null) {
                String name = i < header.size() ? header.get(i) : "";
                found.add(new Finding(i + 1, name, row.line(), kind, false, 1));
            }
        }
        return found;
    }

    /**
     * The whole check: the header's names, then the values of every row, one finding per column and kind (the first
     * line it occurs on, and on how many lines), in the order found.
     */
    public static List<Finding> check(List<String> header, Iterable<Row> rows) {
        List<Finding> found = new ArrayList<>(inHeader(header));
        Map<String, Finding> byColumn = new LinkedHashMap<>();
        for (Row row : rows) {
            for (Finding f : inRow(header, row)) {
                byColumn.merge(f.column() + "/" + f.kind(), f, (first, next) -> first.onOneMoreLine());
            }
        }
        found.addAll(byColumn.values());
        return List.copyOf(found);
    }

    /** The kind of identifier a column of this name holds, or null: case, accents and separators do not count. */
    public static @Nullable Kind identifierName(String columnName) {
        String name = normaliseName(columnName);
        Kind kind = NAMES.get(name);
        if (kind != null) {
            return kind;
        }
        for (String prefix : PERSON_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                kind = NAMES.get(name.substring(prefix.length()));
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** The kind of identifier this cell's value looks like, or null. */
    public static @Nullable Kind identifierValue(String value) {
        String v = value.strip();
        if (v.length() < 6) {
            return null;
        }
        if (v.indexOf('@') >= 0 && EMAIL.matcher(v).find()) {
            return Kind.EMAIL;
        }
        if (fullDate(v)) {
            return Kind.FULL_DATE;
        }
        Matcher bsn = BSN.matcher(v);
        while (bsn.find()) {
            if (passesElevenTest(bsn.group(1) + bsn.group(3) + bsn.group(4))) {
                return Kind.BSN;
            }
        }
        if (PHONE.matcher(v).find() || PHONE_BRACKETS.matcher(v).find()) {
            return Kind.PHONE;
        }
        if (POSTCODE_CELL.matcher(v.toUpperCase(Locale.ROOT)).matches()
                || POSTCODE_IN_TEXT.matcher(v).find()) {
            return Kind.POSTCODE;
        }
        return null;
    }

    /**
     * The eleven-test of the citizen service number: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and the
     * number is not 000000000).
     *
     * @param digits exactly nine digits
     */
    public static boolean passesElevenTest(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0 && !digits.equals("000000000");
    }

    /** Lower case, without accents, letters and digits only: {@code "E-mail"}, {@code "e_mail"} → {@code email}. */
    public static String normaliseName(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean fullDate(String v) {
        Matcher iso = ISO_DATE.matcher(v);
        if (iso.matches()) {
            return isDate(iso.group(1), iso.group(3), iso.group(4));
        }
        Matcher dayFirst = DAY_FIRST_DATE.matcher(v);
        return dayFirst.matches() && isDate(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
    }

    private static boolean isDate(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Map<String, Kind> names() {
        Map<String, Kind> names = new LinkedHashMap<>();
        put(
                names,
                Kind.NAME,
                "naam",
                "name",
                "voornaam",
                "voornamen",
                "roepnaam",
                "voorletters",
                "voorletter",
                "initialen",
                "initials",
                "initial",
                "achternaam",
                "familienaam",
                "geslachtsnaam",
                "geboortenaam",
                "eerstevoornaam",
                "meisjesnaam",
                "tussenvoegsel",
                "tussenvoegsels",
                "volledigenaam",
                "firstname",
                "firstnames",
                "givenname",
                "givennames",
                "forename",
                "forenames",
                "middlename",
                "lastname",
                "surname",
                "familyname",
                "maidenname",
                "fullname");
        put(
                names,
                Kind.BIRTH_DATE,
                "geboortedatum",
                "gebdatum",
                "gebdat",
                "geboortedag",
                "dateofbirth",
                "birthdate",
                "birthday",
                "dob");
        put(names, Kind.BSN, "bsn", "burgerservicenummer", "sofinummer", "sofinr", "ssn", "socialsecuritynumber");
        put(
                names,
                Kind.ADDRESS,
                "adres",
                "address",
                "woonadres",
                "huisadres",
                "straat",
                "straatnaam",
                "street",
                "streetaddress",
                "huisnummer",
                "housenumber",
                "huisnr");
        put(names, Kind.POSTCODE, "postcode", "postalcode", "zipcode", "zip", "postcodecijfersletters");
        put(names, Kind.EMAIL, "email", "emailadres", "emailaddress", "mail", "mailadres");
        put(
                names,
                Kind.PHONE,
                "telefoon",
                "telefoonnummer",
                "telefoonnr",
                "tel",
                "telnr",
                "mobiel",
                "mobielnummer",
                "gsm",
                "phone",
                "phonenumber",
                "telephone",
                "mobile",
                "mobilephone");
        put(
                names,
                Kind.RECORD_NUMBER,
                "patientnummer",
                "patientnr",
                "patientid",
                "clientnummer",
                "clientnr",
                "clientid",
                "dossiernummer",
                "dossiernr",
                "medicalrecordnumber",
                "mrn");
        put(names, Kind.BANK_ACCOUNT, "iban", "rekeningnummer", "bankrekening", "bankrekeningnummer");
        put(
                names,
                Kind.ID_DOCUMENT,
                "paspoortnummer",
                "passportnumber",
                "rijbewijsnummer",
                "idnummer",
                "documentnummer");
        return Map.copyOf(names);
    }

    private static void put(Map<String, Kind> names, Kind kind, String... normalised) {
        for (String name : normalised) {
            names.putIfAbsent(name, kind);
        }
    }

    /** The normalised column names this check knows, for documentation and tests. */
    public static Set<String> knownNames() {
        return NAMES.keySet();
    }
}
