package org.conflictledger.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names, short forms and demonyms to ISO 3166-1 alpha-2 codes. Names come from the JDK's own
 * locale data (every ISO country's English name); the common short forms and demonyms of news English are
 * added beside them.
 */
final class Countries {
    private static final Map<String, String> CODES = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> DEMONYMS = new HashMap<>();

    static {
        for (String cc : Locale.getISOCountries()) {
            String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            CODES.put(name.toLowerCase(Locale.ROOT), cc);
            NAMES.put(cc, name);
        }
        String[][] extra = {
            {"us", "US"}, {"u.s.", "US"}, {"usa", "US"}, {"america", "US"}, {"american", "US"}, {"americans", "US"},
            {"uk", "GB"}, {"u.k.", "GB"}, {"britain", "GB"}, {"great britain", "GB"}, {"british", "GB"},
            {"england", "GB"}, {"syrian", "SY"}, {"syrians", "SY"}, {"iraqi", "IQ"}, {"iraqis", "IQ"},
            {"afghan", "AF"}, {"afghans", "AF"}, {"yemeni", "YE"}, {"yemenis", "YE"}, {"somali", "SO"},
            {"somalis", "SO"}, {"nigerian", "NG"}, {"nigerians", "NG"}, {"russian", "RU"}, {"russians", "RU"},
            {"french", "FR"}, {"turkish", "TR"}, {"turks", "TR"}, {"iranian", "IR"}, {"saudi", "SA"},
            {"saudis", "SA"}, {"israeli", "IL"}, {"israelis", "IL"}, {"palestinian", "PS"}, {"palestinians", "PS"},
            {"gaza", "PS"}, {"west bank", "PS"}, {"lebanese", "LB"}, {"libyan", "LY"}, {"libyans", "LY"},
            {"egyptian", "EG"}, {"pakistani", "PK"}, {"pakistanis", "PK"}, {"indian", "IN"}, {"chinese", "CN"},
            {"jordanian", "JO"}, {"kenyan", "KE"}, {"malian", "ML"}, {"chadian", "TD"}, {"cameroonian", "CM"},
            {"nigerien", "NE"}, {"sudanese", "SD"}, {"south sudanese", "SS"}, {"ethiopian", "ET"},
            {"ukrainian", "UA"}, {"german", "DE"}, {"emirati", "AE"}, {"uae", "AE"}, {"qatari", "QA"},
            {"kurdistan", "IQ"}, {"burkinabe", "BF"}, {"congolese", "CD"}, {"drc", "CD"}, {"dr congo", "CD"},
            {"democratic republic of congo", "CD"}, {"democratic republic of the congo", "CD"},
            {"central african republic", "CF"}, {"ivory coast", "CI"}, {"myanmar", "MM"}, {"burma", "MM"},
            {"filipino", "PH"}, {"philippine", "PH"}, {"bangladeshi", "BD"}, {"tunisian", "TN"}, {"algerian", "DZ"},
            {"moroccan", "MA"}, {"colombian", "CO"}, {"mexican", "MX"}, {"syria", "SY"}, {"russia", "RU"},
            {"iran", "IR"}, {"south korea", "KR"}, {"north korea", "KP"}, {"vietnam", "VN"}, {"laos", "LA"},
            {"bolivia", "BO"}, {"venezuela", "VE"}, {"tanzania", "TZ"}, {"moldova", "MD"}, {"czech republic", "CZ"},
            {"turkey", "TR"}, {"macedonia", "MK"}, {"the netherlands", "NL"}, {"holland", "NL"}};
        for (String[] e : extra) {
            CODES.put(e[0], e[1]);
            boolean adjective = e[0].endsWith("an") || e[0].endsWith("i") || e[0].endsWith("ese") || e[0].endsWith("ish")
                    || e[0].endsWith("ch") || e[0].equals("afghan") || e[0].equals("saudi") || e[0].equals("iraqi");
            if (adjective && !e[0].contains(" ") && !e[0].equals("america")) {
                DEMONYMS.putIfAbsent(e[1], Character.toUpperCase(e[0].charAt(0)) + e[0].substring(1));
            }
        }
    }

    private Countries() {
    }

    /** ISO code for a country name or demonym, or null. */
    static String code(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return CODES.get(n);
    }

    /** The adjective for a country ("Syrian" for SY), or its name when we know none. */
    static String demonym(String code) {
        return DEMONYMS.getOrDefault(code, name(code));
    }

    /** English name for an ISO code. */
    static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
