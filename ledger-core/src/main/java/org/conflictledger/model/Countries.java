package org.conflictledger.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names and demonyms to ISO 3166-1 alpha-2 codes. Names come from the JDK's locale data (the
 * English name of every ISO country, its parenthesised part as a name too, "&amp;" read as "and", "St." as
 * "Saint"); the short forms and demonyms of news English are a table here. Matching is on folded words, so
 * case, diacritics and dots do not matter, except for the all-capital abbreviations ("US", "UAE", "CAR"),
 * which only count written in capitals. Every stage that names countries uses this one table.
 */
public final class Countries {
    /** Longer text is no country name. */
    private static final int MAX_LENGTH = 200;
    private static final Map<String, String> FIRST_DEMONYM = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> DEMONYMS = new HashMap<>();
    private static final Map<String, String> ABBREVIATIONS = Map.of("US", "US", "USA", "US", "UK", "GB", "UAE", "AE",
            "DRC", "CD", "CAR", "CF", "KSA", "SA", "PRC", "CN", "DPRK", "KP", "ROK", "KR");
    private static final Map<String, String> SHORT_NAMES = Map.of("CD", "Democratic Republic of the Congo",
            "CG", "Republic of the Congo", "MM", "Myanmar", "PS", "Palestine", "CI", "Ivory Coast",
            "HK", "Hong Kong", "MO", "Macau", "VA", "Vatican City", "TR", "Turkey", "CZ", "Czech Republic");

    /** Plurals that are not the singular plus "s". */
    private static final Set<String> INVARIANT_ENDINGS = Set.of("ese", "ish", "ch", "ss");

    static {
        for (String cc : Locale.getISOCountries()) {
            String english = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            for (String form : new String[] {english, english.replace("&", "and"), english.replace("St. ", "Saint ")}) {
                addName(form, cc);
                for (String part : form.split("[()]")) {
                    addName(part, cc);
                }
            }
        }
        String[][] names = {
            {"america", "US"}, {"united states of america", "US"}, {"britain", "GB"}, {"great britain", "GB"},
            {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"},
            {"syria", "SY"}, {"syrian arab republic", "SY"}, {"russia", "RU"}, {"russian federation", "RU"},
            {"iran", "IR"}, {"islamic republic of iran", "IR"}, {"south korea", "KR"}, {"north korea", "KP"},
            {"vietnam", "VN"}, {"laos", "LA"}, {"bolivia", "BO"}, {"venezuela", "VE"}, {"tanzania", "TZ"},
            {"moldova", "MD"}, {"czech republic", "CZ"}, {"czechia", "CZ"}, {"turkey", "TR"}, {"turkiye", "TR"},
            {"macedonia", "MK"}, {"holland", "NL"}, {"netherlands", "NL"}, {"burma", "MM"}, {"myanmar", "MM"},
            {"ivory coast", "CI"}, {"cote divoire", "CI"}, {"dr congo", "CD"}, {"democratic republic of congo", "CD"},
            {"democratic republic of the congo", "CD"}, {"congo kinshasa", "CD"}, {"republic of the congo", "CG"},
            {"republic of congo", "CG"}, {"congo brazzaville", "CG"}, {"central african republic", "CF"},
            {"central africa republic", "CF"},
            {"palestine", "PS"}, {"palestinian territories", "PS"}, {"state of palestine", "PS"},
            {"occupied palestinian territories", "PS"}, {"swaziland", "SZ"}, {"eswatini", "SZ"},
            {"east timor", "TL"}, {"timor leste", "TL"}, {"cape verde", "CV"}, {"cabo verde", "CV"},
            {"brunei", "BN"}, {"vatican", "VA"}, {"vatican city", "VA"}, {"micronesia", "FM"},
            {"south sudan", "SS"}, {"sudan", "SD"}, {"kosovo", "XK"}, {"taiwan", "TW"}, {"libya", "LY"},
            {"gambia", "GM"}, {"bahamas", "BS"}, {"congo", "CD"}, {"bosnia", "BA"}};
        for (String[] e : names) {
            NAMES.put(e[0], e[1]);
        }
        String[][] demonyms = {
            {"afghan", "AF"}, {"afghani", "AF"}, {"albanian", "AL"}, {"algerian", "DZ"}, {"american", "US"},
            {"angolan", "AO"}, {"argentine", "AR"}, {"argentinian", "AR"}, {"armenian", "AM"}, {"australian", "AU"},
            {"austrian", "AT"}, {"azerbaijani", "AZ"}, {"azeri", "AZ"}, {"bahraini", "BH"}, {"bangladeshi", "BD"},
            {"belarusian", "BY"}, {"belgian", "BE"}, {"beninese", "BJ"}, {"bolivian", "BO"}, {"bosnian", "BA"},
            {"brazilian", "BR"}, {"british", "GB"}, {"bulgarian", "BG"}, {"burkinabe", "BF"}, {"burmese", "MM"},
            {"burundian", "BI"}, {"cambodian", "KH"}, {"cameroonian", "CM"}, {"canadian", "CA"},
            {"central african", "CF"}, {"chadian", "TD"}, {"chilean", "CL"}, {"chinese", "CN"},
            {"colombian", "CO"}, {"congolese", "CD"}, {"croatian", "HR"}, {"cuban", "CU"}, {"cypriot", "CY"},
            {"czech", "CZ"}, {"danish", "DK"}, {"djiboutian", "DJ"}, {"dutch", "NL"}, {"ecuadorian", "EC"},
            {"egyptian", "EG"}, {"emirati", "AE"}, {"eritrean", "ER"}, {"estonian", "EE"}, {"ethiopian", "ET"},
            {"filipino", "PH"}, {"philippine", "PH"}, {"finnish", "FI"}, {"french", "FR"}, {"gabonese", "GA"},
            {"georgian", "GE"}, {"german", "DE"}, {"ghanaian", "GH"}, {"greek", "GR"}, {"guatemalan", "GT"},
            {"guinean", "GN"}, {"haitian", "HT"}, {"honduran", "HN"}, {"hungarian", "HU"}, {"indian", "IN"},
            {"indonesian", "ID"}, {"iranian", "IR"}, {"iraqi", "IQ"}, {"irish", "IE"}, {"israeli", "IL"},
            {"italian", "IT"}, {"ivorian", "CI"}, {"jamaican", "JM"}, {"japanese", "JP"}, {"jordanian", "JO"},
            {"kazakh", "KZ"}, {"kenyan", "KE"}, {"kosovar", "XK"}, {"kuwaiti", "KW"}, {"kyrgyz", "KG"},
            {"lao", "LA"}, {"laotian", "LA"}, {"latvian", "LV"}, {"lebanese", "LB"}, {"liberian", "LR"},
            {"libyan", "LY"}, {"lithuanian", "LT"}, {"malagasy", "MG"}, {"malawian", "MW"}, {"malaysian", "MY"},
            {"malian", "ML"}, {"mauritanian", "MR"}, {"mexican", "MX"}, {"moldovan", "MD"}, {"mongolian", "MN"},
            {"montenegrin", "ME"}, {"moroccan", "MA"}, {"mozambican", "MZ"}, {"namibian", "NA"},
            {"nepali", "NP"}, {"nepalese", "NP"}, {"new zealand", "NZ"}, {"nicaraguan", "NI"}, {"nigerian", "NG"},
            {"nigerien", "NE"}, {"north korean", "KP"}, {"norwegian", "NO"}, {"omani", "OM"}, {"pakistani", "PK"},
            {"palestinian", "PS"}, {"panamanian", "PA"}, {"paraguayan", "PY"}, {"peruvian", "PE"},
            {"polish", "PL"}, {"portuguese", "PT"}, {"qatari", "QA"}, {"romanian", "RO"}, {"russian", "RU"},
            {"rwandan", "RW"}, {"salvadoran", "SV"}, {"saudi", "SA"}, {"saudi arabian", "SA"},
            {"senegalese", "SN"}, {"serbian", "RS"}, {"sierra leonean", "SL"}, {"singaporean", "SG"},
            {"slovak", "SK"}, {"slovenian", "SI"}, {"somali", "SO"}, {"somalian", "SO"},
            {"south african", "ZA"}, {"south korean", "KR"}, {"south sudanese", "SS"}, {"spanish", "ES"},
            {"sri lankan", "LK"}, {"sudanese", "SD"}, {"swedish", "SE"}, {"swiss", "CH"}, {"syrian", "SY"},
            {"taiwanese", "TW"}, {"tajik", "TJ"}, {"tanzanian", "TZ"}, {"thai", "TH"}, {"togolese", "TG"},
            {"tunisian", "TN"}, {"turkish", "TR"}, {"turkmen", "TM"}, {"ugandan", "UG"}, {"ukrainian", "UA"},
            {"uruguayan", "UY"}, {"uzbek", "UZ"}, {"venezuelan", "VE"}, {"vietnamese", "VN"}, {"yemeni", "YE"},
            {"yemenite", "YE"}, {"zambian", "ZM"}, {"zimbabwean", "ZW"}};
        for (String[] e : demonyms) {
            DEMONYMS.put(e[0], e[1]);
            FIRST_DEMONYM.putIfAbsent(e[1], titleCase(e[0]));
        }
    }

    private Countries() {
    }

    /** "northern Syria", "north-eastern Nigeria", "central Mali": a part of a country named by its direction. */
    private static final Pattern PART_OF = Pattern.compile(
            "(?:northern|southern|eastern|western|central|(?:north|south) ?(?:eastern|western)) (.+)"); // as folded

    /**
     * ISO code for a country's name, or a part of it named by direction ("northern Syria"), or null; demonyms do
     * not count ("Syria" yes, "Syrian" no).
     */
    public static String byName(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return null;
        }
        String written = text.strip();
        if (written.startsWith("the ") || written.startsWith("The ")) {
            written = written.substring(4).strip();
        }
        String abbreviation = ABBREVIATIONS.get(written.replace(".", ""));
        if (abbreviation != null) {
            return abbreviation;
        }
        String plain = withoutThe(fold(text));
        if (plain.isEmpty()) {
            return null;
        }
        String code = NAMES.get(plain);
        if (code == null && plain.endsWith("s") && plain.length() > 4) {
            code = NAMES.get(plain.substring(0, plain.length() - 1)); // "Syrias capital": a possessive that lost its apostrophe
        }
        Matcher part = PART_OF.matcher(plain);
        if (code == null && part.matches()) {
            code = NAMES.get(part.group(1)); // "northern Syria" is Syria, at country level; "Northern Ireland" is listed
        }
        return code;
    }

    /** ISO code for a country's name or demonym, singular or plural ("Yemeni", "Yemenis"), or null. */
    public static String byNameOrDemonym(String text) {
        String code = byName(text);
        if (code != null || text == null || text.length() > MAX_LENGTH) {
            return code;
        }
        String plain = withoutThe(fold(text));
        code = DEMONYMS.get(plain);
        if (code == null && plain.endsWith("s") && INVARIANT_ENDINGS.stream().noneMatch(plain::endsWith)) {
            code = DEMONYMS.get(plain.substring(0, plain.length() - 1));
        }
        return code;
    }

    /** A country's name in the possessive whose apostrophe is lost: "Syrias". */
    private static final Pattern BARE_POSSESSIVE = Pattern.compile("(\\p{Lu}[\\p{L}-]*\\p{Ll})s");

    /** The country a word names in the possessive with its apostrophe lost ("Syrias"), or null ("Philippines", "Lagos"). */
    public static String possessiveWithoutApostrophe(String word) {
        Matcher x = BARE_POSSESSIVE.matcher(word);
        return x.matches() ? byName(x.group(1)) : null;
    }

    /**
     * Each country a sentence's tokens name in the possessive with its apostrophe lost, before a word ("Syrias
     * rebel-held Idlib"), as some feeds write "Syria's": a place the tagger does not read.
     */
    public static void possessivesWithoutApostrophe(List<Token> tokens, Consumer<String> country) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String cc = possessiveWithoutApostrophe(tokens.get(i).text());
            String next = tokens.get(i + 1).text();
            if (cc != null && !next.isEmpty() && Character.isLetter(next.charAt(0))) {
                country.accept(cc);
            }
        }
    }

    /** "south sudanese" as "South Sudanese", "guinea-bissauan" as "Guinea-Bissauan". */
    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            out.append(i == 0 || words.charAt(i - 1) == ' ' || words.charAt(i - 1) == '-' ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /** A country's adjective ("Syrian" for SY), or its name when the table has none. */
    public static String demonym(String code) {
        return FIRST_DEMONYM.getOrDefault(code, name(code));
    }

    /** A country's common English name ("Syria" for SY). */
    public static String name(String code) {
        String shortName = SHORT_NAMES.get(code);
        if (shortName != null) {
            return shortName;
        }
        String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return english.isEmpty() || english.equals(code) ? code : english;
    }

    private static void addName(String name, String code) {
        String plain = withoutThe(fold(name));
        if (!plain.isEmpty()) {
            NAMES.putIfAbsent(plain, code);
        }
    }

    /** Lower case, no diacritics, no dots or apostrophes, words split at hyphens and spaces, single-spaced. */
    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019`]", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }

    private static String withoutThe(String plain) {
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
