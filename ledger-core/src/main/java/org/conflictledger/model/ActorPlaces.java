package org.conflictledger.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a place name that stands for who acted or spoke, not where something happened: "UK-based",
 * "US-led" (a compound), "Russia says", "Damascus denied" (before a reporting verb), and a place inside an
 * armed group's name ("the Islamic State of Iraq and the Levant"), and the seat of an official who spoke ("a
 * senior U.S. official in Kabul confirmed the strike, which occurred in Nangarhar").
 */
public final class ActorPlaces {
    /** Verb lemmas that make the place before them a government or army speaking. */
    private static final Set<String> SPEAKER_VERBS = Set.of("say", "claim", "accuse", "deny", "announce", "confirm",
            "report", "state", "insist", "warn", "blame", "allege");
    /**
     * People and bodies that speak from a capital, a headquarters or a hospital, seldom from where the violence was: "a doctor
     * in Kunduz city told the BBC" of a strike in Dasht-e Archi district.
     */
    private static final Set<String> SEATED = Set.of("official", "officials", "spokesman", "spokeswoman", "spokesperson",
            "diplomat", "diplomats", "envoy", "ambassador", "embassy", "ministry", "correspondent", "headquarters", "doctor",
            "doctors");
    /** Words that end a newspaper's or broadcaster's name after its city: "Los Angeles Times", "Washington Post". */
    private static final Set<String> OUTLET_WORDS = Set.of("Times", "Post", "Herald", "Tribune", "Journal", "Chronicle",
            "Gazette", "Telegraph", "Observer", "Examiner", "Courier", "Globe", "Star", "Sun", "Daily");
    /** How many words of a group's name may stand between "State of" and the place: "of Iraq and the Levant". */
    private static final int NAME_REACH = 5;

    private ActorPlaces() {
    }

    /** Words for a gathering of diplomats, whose seat is no place of an attack. */
    private static final Set<String> MEETINGS = Set.of("meeting", "meetings", "talks", "summit", "conference", "session",
            "negotiations", "headquarters");
    /** How many words may stand between a meeting and its seat: "a meeting of the U.N. Security Council in New York". */
    private static final int MEETING_REACH = 7;

    /** True when a token before "headquarters" names whose they are: "U.N.", "NATO", "the group's". */
    private static boolean namesBody(Token t) {
        return t.ner() == EntityType.ORGANIZATION || "NNP".equals(t.pos()) || "NNPS".equals(t.pos()) || "POS".equals(t.pos());
    }

    /** True when the mention seats a meeting: "an emergency meeting of the U.N. Security Council in New York". */
    public static boolean ofMeeting(List<Token> tokens, EntityMention m) {
        int at = m.firstToken() - 1;
        if (at < 1 || !(lower(tokens, at).equals("in") || lower(tokens, at).equals("at"))) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - MEETING_REACH); k--) {
            Token t = tokens.get(k);
            if (MEETINGS.contains(lower(tokens, k))) {
                // "the U.N. headquarters in New York", not "a television station headquarters in Tikrit" that was attacked
                return !lower(tokens, k).equals("headquarters") || k >= 1 && namesBody(tokens.get(k - 1));
            }
            if (verb(t) || t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Places where the wounded are cared for. */
    private static final Set<String> CARE = Set.of("hospital", "hospitals", "clinic", "clinics");
    /** Verb lemmas that carry the wounded to care: "admitted to", "rushed to", "treated in". */
    private static final Set<String> CARRIED = Set.of("admit", "treat", "take", "rush", "transfer", "evacuate", "bring",
            "airlift", "fly", "send", "carry", "receive");
    /** How many words may stand between the care and the place: "admitted to Abs hospital, in Haja city". */
    private static final int CARE_REACH = 4;

    /**
     * True when the mention is where the wounded were cared for, not where they were hurt: "were admitted to Abs hospital,
     * in Haja city", "rushed to hospitals in Maiduguri"; not "an air strike on a hospital in Kunduz".
     */
    public static boolean whereTreated(List<Token> tokens, EntityMention m) {
        int care = -1;
        for (int k = m.firstToken() - 1; k >= Math.max(0, m.firstToken() - 1 - CARE_REACH); k--) {
            if (CARE.contains(lower(tokens, k))) {
                care = k;
                break;
            }
            if (verb(tokens.get(k))) {
                return false;
            }
        }
        for (int k = care - 1; k >= Math.max(0, care - 1 - CARE_REACH); k--) {
            if (verb(tokens.get(k))) {
                return CARRIED.contains(lemma(tokens, k));
            }
        }
        return false;
    }

    private static String lower(List<Token> tokens, int k) {
        return tokens.get(k).text().toLowerCase(Locale.ROOT);
    }

    /** Whether the tagger read the token as a verb. */
    private static boolean verb(Token t) {
        return t.pos() != null && t.pos().startsWith("VB");
    }

    /** The token's lemma in lower case, or "" when the tagger gave none. */
    private static String lemma(List<Token> tokens, int k) {
        String l = tokens.get(k).lemma();
        return l == null ? "" : l.toLowerCase(Locale.ROOT);
    }

    /**
     * True when the mention at [start, end) of the text is the first half of a compound: "US-led", "UK-based"; not
     * the first of two places a hyphen joins ("the Maiduguri-Damaturu road", "Maiduguri- Beneshiek- Damaturu road").
     */
    public static boolean compound(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1));
    }

    /**
     * True when a country is named as somewhere other than the scene: where people fled or crossed to ("forcing
     * residents to flee to neighbouring Niger", "crossed into Chad"), where people came from ("militants from
     * Somalia", "refugees from Syria"), or the far side of a border ("near the border with Laos").
     */
    public static boolean elsewhere(List<Token> tokens, EntityMention m) {
        int k = m.firstToken() - 1;
        while (k >= 0 && NEIGHBOURING.contains(lower(tokens, k))) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        String before = lower(tokens, k);
        if (before.equals("with") && lower(tokens, k - 1).startsWith("border") || before.equals("bordering")) {
            return true;
        }
        if (before.equals("to") || before.equals("into")) {
            for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                if (MOVING.contains(lemma(tokens, j))) {
                    return true;
                }
            }
            return false;
        }
        return before.equals("from") && COMERS.contains(lemma(tokens, k - 1));
    }

    private static final Set<String> NEIGHBOURING = Set.of("neighbouring", "neighboring", "nearby", "the", "neighbour", "neighbor");
    /**
     * Verb lemmas of going somewhere else: "fled to", "crossed into", "were deported to". Not "return": "the president
     * returned to Burundi" is where the story is.
     */
    private static final Set<String> MOVING = Set.of("flee", "escape", "cross", "head", "deport", "repatriate",
            "smuggle", "migrate", "run", "retreat", "withdraw", "evacuate", "seek");
    /** Nouns of people who came from a country: "militants from Somalia". */
    private static final Set<String> COMERS = Set.of("militant", "fighter", "refugee", "migrant", "gunman", "insurgent",
            "jihadist", "rebel", "herdsman", "herder", "national", "worker", "pilgrim", "tourist", "attacker", "man",
            "volunteer", "mercenary");

    /**
     * True when a demonym names a border ("a village close to the Chadian border"): the country beyond it, as often as
     * the scene's; not a border town, which is the country's ("the Lebanese border town of Arsal").
     */
    public static boolean borderOf(List<Token> tokens, EntityMention m) {
        if (m.lastToken() >= tokens.size()) {
            return false;
        }
        String after = lower(tokens, m.lastToken());
        return (after.equals("border") || after.equals("borders") || after.equals("frontier"))
                && !(m.lastToken() + 1 < tokens.size() && BORDER_PLACES.contains(lower(tokens, m.lastToken() + 1)));
    }

    /** Places on a border that are one country's: "the Lebanese border town of Arsal". */
    private static final Set<String> BORDER_PLACES = Set.of("town", "towns", "village", "villages", "city", "cities", "area",
            "areas", "region", "district", "province", "state");

    /**
     * True when a demonym names an ethnic group, not a country's people: "ethnic Turkmen", "ethnically Albanian"
     * (who lives there, not which state the place is in).
     */
    public static boolean ethnic(List<Token> tokens, EntityMention m) {
        if (m.firstToken() < 1) {
            return false;
        }
        String before = lower(tokens, m.firstToken() - 1);
        return before.equals("ethnic") || before.equals("ethnically");
    }

    /** True when the token after the mention is a reporting verb: "Russia says", "Washington denied". */
    public static boolean speaking(List<Token> tokens, EntityMention m) {
        int k = m.lastToken();
        while (k + 1 < tokens.size() && (tokens.get(k).text().equals("and") || tokens.get(k).text().equals(","))
                && tokens.get(k + 1).ner() == EntityType.LOCATION) {
            k++; // "Washington and Paris say": each of the speakers
            while (k < tokens.size() && tokens.get(k).ner() == EntityType.LOCATION) {
                k++;
            }
        }
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        return verb(next) && SPEAKER_VERBS.contains(lemma(tokens, k));
    }

    /** True when the mention follows "according to" ("according to Saba reports"): who told it, not where. */
    public static boolean accordingTo(List<Token> tokens, EntityMention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && lower(tokens, k).equals("the")) {
            k--;
        }
        return k >= 1 && lower(tokens, k).equals("to") && lower(tokens, k - 1).equals("according");
    }

    /** Nouns of attacks that are verbs too, which the tagger may read as verbs after a name: "U.S. drone strike". */
    private static final java.util.Set<String> ATTACK_NOUNS_AS_VERBS = java.util.Set.of("drone", "strike", "bomb", "raid",
            "shell", "attack", "air");

    /**
     * True when a noun follows the mention and makes it a modifier: "U.S. airstrikes", "South Sudan militia";
     * not a time ("Mali today") or another place ("Syria Idlib").
     */
    public static boolean beforeNoun(List<Token> tokens, EntityMention m) {
        if (m.lastToken() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(m.lastToken());
        if (verb(next) && ATTACK_NOUNS_AS_VERBS.contains(next.lower())
                && m.lastToken() + 1 < tokens.size() && String.valueOf(tokens.get(m.lastToken() + 1).pos()).startsWith("NN")) {
            return true; // "a U.S. drone strike": the tagger's verb is the attack's first noun
        }
        return next.pos() != null && next.pos().startsWith("NN") && switch (next.ner()) {
            case LOCATION, DATE, TIME, DURATION, SET -> false;
            default -> true;
        };
    }

    /** Verb lemmas whose object is held to have done something: "blamed France for the massacre", "accused Russia of". */
    private static final Set<String> HOLDING = Set.of("blame", "accuse", "condemn", "urge", "warn", "thank", "praise",
            "criticise", "criticize");

    /** True when the mention is the object of blaming or accusing: "blamed France for the Ghouta massacre". */
    public static boolean heldTo(List<Token> tokens, EntityMention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && lower(tokens, k).equals("the")) {
            k--;
        }
        return k >= 0 && verb(tokens.get(k)) && HOLDING.contains(lemma(tokens, k));
    }

    /** How many words may stand between "by" and its agent: "agreed by regime allies Iran and Russia". */
    private static final int AGENT_REACH = 8;

    /**
     * True when the mention is the agent of a deed: "carried out by Washington", "killed by the United States",
     * "attacks by Russia", "a truce agreed by regime allies Iran and Russia" ("by" after a participle, with its
     * particle, or a noun; common nouns, adjectives and other agents between).
     */
    public static boolean agent(List<Token> tokens, EntityMention m) {
        int i = m.firstToken() - 1;
        for (int reach = 0; i >= 1 && reach < AGENT_REACH && !tokens.get(i).text().equals("by"); reach++, i--) {
            Token t = tokens.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            boolean word = pos.equals("NN") || pos.equals("NNS") || pos.startsWith("JJ") || pos.equals("DT")
                    || pos.equals("PRP$") || t.text().equals("and") || t.ner() == EntityType.LOCATION;
            if (!word) {
                return false;
            }
        }
        if (i < 1 || !tokens.get(i).text().equals("by")) {
            return false;
        }
        if (i >= 2 && "RP".equals(tokens.get(i - 1).pos())) {
            i--; // "carried out by"
        }
        String pos = tokens.get(i - 1).pos();
        return pos != null && (pos.equals("VBN") || pos.equals("VBD") || pos.startsWith("NN")); // a reduced clause may read VBD
    }

    /** True when the mention is where a speaker sits: "an official in Kabul", "a spokesman based in Baghdad". */
    public static boolean speakerSeat(List<Token> tokens, EntityMention m) {
        int i = m.firstToken() - 1;
        if (i < 1 || !tokens.get(i).text().equalsIgnoreCase("in")) {
            return false;
        }
        i--;
        if (tokens.get(i).text().equalsIgnoreCase("based") && i >= 1) {
            i--;
        }
        return SEATED.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }

    /** Nouns that make a place before them its government: "the Kabul government", "despite Damascus promises". */
    private static final Set<String> GOVERNING = Set.of("government", "governments", "regime", "authorities", "promise",
            "promises", "pledge", "pledges", "ally", "allies", "backing", "leadership", "administration", "negotiators",
            "delegation");

    /**
     * True when the mention stands for its government before a noun of governing, with or without a possessive:
     * "the Baghdad government", "Damascus promises of a truce", "Moscow's allies"; not "Aleppo countryside" nor a
     * Nigerian local government area.
     */
    public static boolean governing(List<Token> tokens, EntityMention m) {
        int k = m.lastToken();
        if (k < tokens.size() && (tokens.get(k).text().equals("'s") || tokens.get(k).text().equals("\u2019s"))) {
            k++;
        }
        return k < tokens.size() && GOVERNING.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                && !(k + 1 < tokens.size() && tokens.get(k + 1).text().equalsIgnoreCase("area")); // "Hong Local government Area"
    }

    /**
     * True when the place is named as who acted or spoke, or as where the wounded were cared for, not where it happened:
     * the agent of a deed, part of a group's or an outlet's name, a seat of government, a meeting's seat, a source after
     * "according to", a government by its city ("despite Damascus promises"), a hospital's town. The extractor and the
     * placer share these; each adds its own further tests.
     */
    public static boolean notWhere(List<Token> tokens, EntityMention m) {
        return agent(tokens, m) || inGroupName(tokens, m) || seatOfGovernment(m) || ofMeeting(tokens, m)
                || accordingTo(tokens, m) || governing(tokens, m) || whereTreated(tokens, m);
    }

    /** Buildings whose names stand for a government: "the White House said", "the Kremlin denied". */
    private static final Set<String> SEATS_OF_GOVERNMENT = Set.of("white house", "kremlin", "pentagon", "elysee",
            "elysee palace", "downing street", "whitehall", "blue house", "quai d'orsay", "state department");

    /** True when the mention names a government by its building ("the White House", "the Kremlin"), not a place. */
    public static boolean seatOfGovernment(EntityMention m) {
        String name = java.text.Normalizer.normalize(m.text(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return SEATS_OF_GOVERNMENT.contains(name);
    }

    /**
     * True when the mention is part of a group's or an outlet's name: "(Islamic) State of Iraq (and the Levant)",
     * "State in Iraq", "the Los Angeles Times", "Firat news agency".
     */
    public static boolean inGroupName(List<Token> tokens, EntityMention m) {
        if (m.lastToken() < tokens.size() && OUTLET_WORDS.contains(tokens.get(m.lastToken()).text())) {
            return true;
        }
        int next = m.lastToken();
        if (next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("news")) {
            next++;
        }
        if (next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("agency")) {
            return true; // "Firat news agency", "Sputnik agency": an outlet named after a place
        }
        for (int i = m.firstToken() - 1, steps = 0; i >= 1 && steps < NAME_REACH; i--, steps++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if ((w.equals("of") || w.equals("in")) && tokens.get(i - 1).text().equals("State")) {
                return true;
            }
            if (!w.equals("and") && !w.equals("the") && t.ner() != EntityType.LOCATION) {
                return false;
            }
        }
        return false;
    }
}
