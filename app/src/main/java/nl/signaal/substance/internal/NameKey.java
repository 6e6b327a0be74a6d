/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a reported substance name under which the catalogue is searched, strictest first:
 *
 * <ol>
 *   <li>the name itself, in lower case ("3,4-MDMA");
 *   <li>its key: without diacritics, salt words and punctuation, with Dutch and English spellings made alike
 *       ("Cocaïne HCl" and "cocaine hydrochloride" → "cocain"; "Protonitazeen" and "protonitazene" → "protonitazen";
 *       "amfetamine" and "amphetamine" → "amfetamin", "methamfetamine" and "metamfetamine" → "metamfetamin");
 *   <li>the key without text in brackets, and the text in brackets alone ("benzoylecgonine (BZ)" → "benzoylecgonin",
 *       "bz");
 *   <li>the key without a leading positional prefix ("3,4-MDMA" → "mdma") — tried last, because "3-MMC" and "4-MMC"
 *       are different substances: it only counts when the catalogue has no name with another prefix for the rest.
 * </ol>
 *
 * The catalogue's own names go through the same function, so both sides meet in the middle.
 */
final class NameKey {

    private static final Set<String> SALT_WORDS = Set.of(
            "hcl",
            "hydrochloride",
            "hydrochlorid",
            "hydrochloor",
            "base",
            "freebase",
            "free",
            "sulfate",
            "sulphate",
            "sulfaat",
            "citrate",
            "citraat",
            "tartrate",
            "tartraat",
            "phosphate",
            "fosfaat",
            "salt",
            "zout",
            "hbr",
            "hydrobromide");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^)]*)\\)|\\[([^]]*)]");
    private static final Pattern POSITIONAL_PREFIX = Pattern.compile("^(?:[0-9]+(?:\\s[0-9]+)*|[a-z]|[nop])\\s(.+)$");

    private NameKey() {}

    /** The exact form: trimmed, lower case, inner spaces collapsed. */
    static String exact(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The normalised key of a name (step 2). */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("ph", "f")
                .replace("th", "t");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !SALT_WORDS.contains(word)) {
                words.add(spelling(word));
            }
        }
        return String.join(" ", words);
    }

    /** Steps 3 and 4: the keys without brackets, inside brackets, and without a positional prefix. */
    static List<String> looser(String name) {
        List<String> keys = new ArrayList<>();
        Matcher brackets = BRACKETS.matcher(name);
        if (brackets.find()) {
            keys.add(key(BRACKETS.matcher(name).replaceAll(" ")));
            brackets.reset();
            while (brackets.find()) {
                String inside = brackets.group(1) != null ? brackets.group(1) : brackets.group(2);
                keys.add(key(inside));
            }
        }
        return keys.stream().filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** The key without its leading positional prefix ("3 4 mdma" → "mdma"), or the key itself when it has none. */
    static String withoutPositionalPrefix(String key) {
        Matcher m = POSITIONAL_PREFIX.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    /**
     * Word-level spelling: Dutch double vowels and doubled letters in words of five letters or more ("protonitazeen",
     * "caffeine"), and a final e.
     */
    private static String spelling(String word) {
        if (word.length() <= 3 || word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        // doubled letters only in longer words: PMMA is not PMA
        String w = word.length() >= 5 ? word.replaceAll("([a-z])\\1", "$1") : word;
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
