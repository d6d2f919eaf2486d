package org.conflictledger.extract;

import org.conflictledger.model.Countries;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Perpetrators named in a stretch of text: "Russian jets", "carried out by the US-led coalition",
 * "Boko Haram attacked", "the Taliban claimed responsibility". Names are normalised to the short forms
 * analysts use ("Islamic State", "United States").
 */
final class Actors {
    /**
     * Armed actors of the conflicts we cover, by the forms news writes them in (lower case), sorted so that
     * every walk over them goes in one order from run to run.
     */
    private static final Map<String, String> ALIASES = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("isis", "Islamic State"), Map.entry("isil", "Islamic State"), Map.entry("is", "Islamic State"),
            Map.entry("islamic state", "Islamic State"), Map.entry("daesh", "Islamic State"),
            Map.entry("islamic state group", "Islamic State"), Map.entry("taliban", "Taliban"),
            Map.entry("boko haram", "Boko Haram"), Map.entry("al-shabaab", "al-Shabaab"), Map.entry("al shabaab", "al-Shabaab"),
            Map.entry("shabaab", "al-Shabaab"), Map.entry("al-qaeda", "al-Qaeda"), Map.entry("al qaeda", "al-Qaeda"),
            Map.entry("nusra front", "Nusra Front"), Map.entry("al-nusra front", "Nusra Front"),
            Map.entry("houthis", "Houthis"), Map.entry("houthi", "Houthis"), Map.entry("hezbollah", "Hezbollah"),
            Map.entry("hamas", "Hamas"), Map.entry("pkk", "PKK"), Map.entry("ypg", "YPG"), Map.entry("sdf", "SDF"),
            Map.entry("us-led coalition", "US-led coalition"), Map.entry("u.s.-led coalition", "US-led coalition"),
            Map.entry("coalition", "coalition"), Map.entry("international coalition", "US-led coalition"),
            Map.entry("saudi-led coalition", "Saudi-led coalition"), Map.entry("arab coalition", "Saudi-led coalition"),
            Map.entry("regime", "Syrian government"), Map.entry("assad regime", "Syrian government"),
            Map.entry("syrian regime", "Syrian government"), Map.entry("government forces", "government forces"),
            Map.entry("nato", "NATO"), Map.entry("peshmerga", "Peshmerga"), Map.entry("amisom", "AMISOM"),
            Map.entry("saudi", "Saudi-led coalition"), Map.entry("saudi arabia", "Saudi-led coalition"),
            Map.entry("saudis", "Saudi-led coalition"), Map.entry("saudi coalition", "Saudi-led coalition"),
            Map.entry("seleka", "Seleka"), Map.entry("ex-seleka", "Seleka"), Map.entry("anti-balaka", "anti-Balaka"),
            Map.entry("fdlr", "FDLR"), Map.entry("m23", "M23"), Map.entry("allied democratic forces", "ADF"),
            Map.entry("spla-io", "SPLA-IO"), Map.entry("splm-io", "SPLA-IO"), Map.entry("janjaweed", "Janjaweed"),
            Map.entry("rapid support forces", "RSF"), Map.entry("ansar dine", "Ansar Dine"))));
    /** Words for a state's own forces, named after the incident's country: "regime", "government". */
    private static final Pattern OWN_STATE = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:government|regime|pro-government|pro-regime|pro-Assad|Assad|army|military|state)(?:'s)?\\s+(?:air ?strikes?|"
                    + "warplanes?|war planes?|jets?|aircraft|planes?|air ?raids?|bombing|bombardment|shelling|helicopters?|artillery|barrel bombs?)\\b");
    /** "government forces west of the city killed nine IS fighters": the state's forces as the subject of a killing. */
    private static final Pattern OWN_FORCES_KILLED = Pattern.compile(
            "(?i)\\b(?:government|regime|pro-government|pro-regime|army)\\s+(?:forces|troops|soldiers)\\s+(?:[\\w-]+\\s+){0,5}?"
                    + "(?:killed|shot dead|gunned down)\\b"
                    // "Police stormed a hospital ... and shot dead three patients", "security forces opened fire on protesters":
                    // the state's police or security forces, of no other country named before them, as the subject of the
                    // killing: not as a speaker, nor as victims ("18 members of Iraq's security forces were killed",
                    // "two police and 10 civilians were killed", "police officers and social workers were killed"), nor a police
                    // station ("a bomb attack at a police station in the capital that killed 17 people")
                    + "|(?<!(?-i:[A-Z])[\\w-]{0,20}\\s)(?<!(?-i:[A-Z])[\\w-]{0,20}\\sriot\\s)(?<!\\d\\s)(?<!\\bof\\s)\\b(?-i:[Pp]olice|[Pp]olicemen|[Rr]iot police|[Ss]ecurity forces)\\s+"
                    + "(?:(?!said\\b|says?\\b|told\\b|reported\\b|sources?\\b|believe\\w*|suspect\\w*|claim\\w*|accuse\\w*|blame\\w*"
                    + "|and\\b|or\\b|were\\b|was\\b|are\\b|is\\b|been\\b|be\\b|ha[sd]\\b|have\\b|officers?\\b|who\\b|that\\b|which\\b"
                    + "|stations?\\b|headquarters\\b|posts?\\b|checkpoints?\\b|compound\\b|chief\\b)[\\w'\u2019-]+,?\\s+){0,7}?"
                    + "(?:killed|shot dead|gunned down|opened fire|fired on|fired at|fired live|shot and killed)\\b"
                    // not the attacker they stopped: "the bomber made it inside the compound where police killed him"
                    + "(?!\\s+(?:him|her|them|the\\s+(?:attacker|bomber|gunman|assailant)s?)\\b)");
    /**
     * "rebel shelling", "shelling by rebels", "rebel attacks": the incident country's rebels, named when the incident is
     * placed.
     */
    private static final Pattern OWN_REBELS = Pattern.compile(
            "(?i)\\brebels?(?:'s?)?\\s+(?:shelling|shells|rocket fire|rockets?|mortars?|mortar fire|bombardment|artillery"
                    + "|attacks?)\\b"
                    + "|\\b(?:shelling|shells|rockets?|mortars?|bombardment|attacks?)\\s+(?:fired\\s+)?by\\s+(?:the\\s+)?rebels\\b");
    /** "a coalition airstrike": the coalition at war in the incident's country, unless another leads it. */
    private static final Pattern COALITION = Pattern.compile(
            "(?<!-led )(?<!Saudi )(?<!Arab )\\b((?:international |US-led |U\\.S\\.-led )?coalition)(?:'s)?\\s+(?:air ?strikes?|warplanes?|jets?|aircraft|planes?|air ?raids?|bombing|raids?|strikes?)\\b");
    /** Armed groups we know that are not states: their mention in an attack story names a likely perpetrator. */
    private static final java.util.Set<String> NON_STATE = java.util.Set.of("Islamic State", "Taliban", "Boko Haram",
            "al-Shabaab", "al-Qaeda", "Nusra Front", "Houthis", "Hezbollah", "Hamas", "PKK", "Seleka", "anti-Balaka", "FDLR",
            "M23", "ADF", "SPLA-IO", "Janjaweed", "RSF", "Ansar Dine");
    /**
     * Where armed actors fight that fight in one country almost only: a story that names no country but one of them
     * is most likely of that country ("Boko Haram gunmen killed nine people in Amuda" is Nigeria's Amuda, not Syria's).
     * Not the Taliban (Afghanistan's and Pakistan's), the Islamic State, al-Qaeda or Hezbollah, who fight in many.
     */
    private static final Map<String, String> HOME = Map.ofEntries(Map.entry("Boko Haram", "NG"), Map.entry("al-Shabaab", "SO"),
            Map.entry("AMISOM", "SO"), Map.entry("Houthis", "YE"), Map.entry("Hamas", "PS"), Map.entry("Nusra Front", "SY"),
            Map.entry("YPG", "SY"), Map.entry("SDF", "SY"), Map.entry("Peshmerga", "IQ"), Map.entry("Seleka", "CF"),
            Map.entry("anti-Balaka", "CF"), Map.entry("FDLR", "CD"), Map.entry("M23", "CD"), Map.entry("ADF", "CD"),
            Map.entry("SPLA-IO", "SS"), Map.entry("Janjaweed", "SD"), Map.entry("RSF", "SD"), Map.entry("Ansar Dine", "ML"));

    /** The country the first of these actors fights in almost only, or null. */
    static String homeCountry(List<String> actors) {
        return actors.stream().map(HOME::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** A matcher per written form of a non-state group, built once: the aliases of {@link #NON_STATE}. */
    private static final Map<String, Pattern> NON_STATE_NAMES = nonStateNames();

    private static Map<String, Pattern> nonStateNames() {
        Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : ALIASES.entrySet()) {
            if (NON_STATE.contains(e.getValue()) && e.getKey().length() >= 3) {
                out.put(e.getKey(), Pattern.compile("(?i)\\b" + Pattern.quote(e.getKey()) + "\\b"));
            }
        }
        return out;
    }

    /**
     * Other spellings, read only where the text names an actor ("al-Shabab was blamed"), never looked for on
     * their own: "al-Shabab" is also a common name ("al-Shabab team").
     */
    private static final Map<String, String> SPELLINGS = Map.of("al-shabab", "al-Shabaab", "al shabab", "al-Shabaab", "shabab", "al-Shabaab");
    /** Nouns of an attack that a place's name before them does not author: "Syria attack" is an attack in Syria. */
    private static final Pattern ATTACK_ONLY = Pattern.compile("(?i).*\\b(?:attacks?|offensive|ambush)$");

    private static final Pattern NON_STATE_WORDS = Pattern.compile(
            "(?i)\\b(?:rebels?|opposition|militants?|insurgents?|jihadists?|islamists?|tribal|kurdish|militia)\\b");

    /** A group named as the target, not the author: "an airstrike on Taliban fighters", "killed 30 Taliban". */
    private static final Pattern TARGETED = Pattern.compile(
            "(?i)\\b(?:on|against|targeting|targeted|killed|killing|hit|hitting|struck|bombed|bombing|pounded|at)\\s+"
                    + "(?:an?\\s+|the\\s+|(?:at least\\s+|more than\\s+|some\\s+|about\\s+)?(?:\\d[\\d,]*|one|two|three|four|five|six"
                    + "|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of|scores of|hundreds of)\\s+"
                    + "|suspected\\s+)?$");
    /** Weapons and strikes, which name who used them: "Russian jets", "US drone strike", "Saudi-led air raids". */
    private static final Pattern ATTACKER_NOUN = Pattern.compile(
            "(?:jets?|warplanes?|war planes?|planes?|aircraft|air ?strikes?|air ?raids?|air attacks?|drones?|drone strikes?|"
                    + "helicopters?|gunships?|artillery|shelling|navy|air force|bombing raids?|"
                    + "strikes?|raids?|bombardment|missiles?|rockets?|barrel bombs?|attacks?|offensive|ambush)\\b");
    private static final Pattern BY = Pattern.compile(
            "\\b(?:carried out|conducted|launched|killed|hit|struck|bombed|targeted|attacked|claimed|staged|air ?strikes?|air ?raids?|"
                    + "strikes?|raids?|attacks?|bombing|bombardment|shelling|fire)\\s+by\\s+(?:the\\s+|an?\\s+)?([A-Z][\\w.'-]*(?:[\\s-][A-Z][\\w.'-]*){0,3}(?:-led coalition)?)");
    /** A name of up to four capitalised words: "Taliban", "Islamic State", "US-led Coalition". */
    private static final String NAME = "[A-Z][\\w.'-]*(?:\\s[A-Z][\\w.'-]*){0,3}";
    /** "blamed the Taliban for", "al-Shabab was blamed for": whom a source holds responsible. */
    private static final Pattern BLAMED = Pattern.compile(
            "\\bblamed\\s+(?:the\\s+)?(" + NAME + ")\\s+for\\b"
                    + "|\\b(" + NAME + ")\\s+(?:was|were|is|are|has been|have been)\\s+blamed\\s+for\\b");
    private static final Pattern RESPONSIBILITY = Pattern.compile(
            "\\b(?:the\\s+)?(" + NAME + ")\\s+(?:has\\s+|have\\s+)?claimed responsibility");
    /** "the drone attack was conducted by the US": an attack told as someone's deed. */
    private static final Pattern CONDUCTED = Pattern.compile(
            "\\b(?:attack|strike|airstrike|raid|bombing|operation)s?\\s+(?:was|were|had been|has been)\\s+(?:conducted|carried out|launched)"
                    + "\\s+by\\s+(?:the\\s+)?(" + NAME + ")");
    /**
     * "whether the latest strikes on Raqa are by Syrian or Russian warplanes", "indications were that the bombing was
     * solely the work of Syrian Government forces": an attack told again by a definite noun and said to be someone's.
     * Groups: the attack's noun, and the words after "by" up to the clause's end.
     */
    private static final Pattern BY_WHOM = Pattern.compile(
            "\\b[Tt]he\\s+(?:latest\\s+|recent\\s+|deadly\\s+)?(air\\s?strikes?|strikes?|raids?|attacks?|bombings?|shelling)\\b"
                    + "[^.;,]{0,40}?\\s(?:were|was|are|is)\\s+(?:probably\\s+|likely\\s+|solely\\s+|apparently\\s+)?"
                    + "(?:by|the work of)\\s+([^.;,]{1,60})");
    /**
     * A country's name or demonym and a word for its state, capitalised as in a name or possessive: "Syrian Government",
     * "Iraqi Army", "Syria's armed forces".
     */
    private static final Pattern STATE_WORD = Pattern.compile(
            "(?i)(.+?)(?:'s)?\\s+(?:armed\\s+)?(?:government|army|military|forces|regime|air force)");
    /**
     * "Syria's armed forces quickly denied reports that it targeted the hospital", "Russia has always denied targeting
     * civilian targets": an actor denying the attack, or attacks of its kind, is a suspect the story names.
     */
    private static final Pattern DENIED_ATTACK = Pattern.compile(
            "\\b(" + NAME + "(?:'s\\s+(?:armed\\s+forces|military|army|government|air\\s+force))?)"
                    + "\\s+(?:has\\s+|have\\s+|had\\s+)?(?:always\\s+|quickly\\s+|repeatedly\\s+|strongly\\s+|also\\s+)?(?:denied|denies)\\s+"
                    + "(?:(?:the\\s+)?(?:reports?|claims?|allegations?|accusations?)\\s+)?(?:that\\s+)?(?:it\\s+|they\\s+)?(?:had\\s+|was\\s+|were\\s+)?"
                    + "(?:targeted|targeting|bombed|bombing|struck|striking|attacked|attacking|carried out|carrying out|behind"
                    + "|responsible|responsibility|involvement|any role)\\b");
    private static final Pattern SUBJECT_ATTACK = Pattern.compile(
            "\\b([A-Z][\\w.'-]*(?:\\s[A-Z][\\w.'-]*){0,2})(?:\\s(?:militants|fighters|insurgents|gunmen|jihadists|suicide bombers?))?"
                    + "\\s(?:attacked|stormed|killed|ambushed|bombed|shelled|raided|opened fire)");
    /** "the Arab coalition launched two air strikes", "Russia has carried out raids": who set off the attack. */
    private static final Pattern LAUNCHED = Pattern.compile(
            "\\b((?:[A-Z][\\w.'-]*(?:-led)?\\s){0,2}(?:coalition|[A-Z][\\w.'-]*))\\s(?:has\\s|have\\s|had\\s)?"
                    + "(?:launched|carried out|conducted|staged)\\s(?:[\\w-]+\\s){0,3}?" + ATTACKER_NOUN.pattern());
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|of|near|from|to)\\s+(?:the\\s+)?$");
    private static final Pattern ADJECTIVE = Pattern.compile(
            "\\b((?:[A-Z][\\w.]*(?:-led)?)(?:\\s(?:and|or)\\s[A-Z][\\w.]*)?)[\\s-]+(?:and\\s)?(?:[a-z-]+\\s)?" + ATTACKER_NOUN.pattern());

    private Actors() {
    }

    /** Stands for "the government of the incident's country" until the incident is placed. */
    static final String OWN_GOVERNMENT = "government";
    /** Stands for "the rebels of the incident's country" until the incident is placed. */
    static final String OWN_REBELS_NAME = "rebels";
    /**
     * A bare "coalition": the one at war in the incident's country, named when the incident is placed (in Yemen the
     * Saudi-led coalition, elsewhere the US-led one against the Islamic State).
     */
    static final String COALITION_NAME = "coalition";

    /**
     * Perpetrators named in the text, normalised, in order of first mention: states by their country's
     * name, the incident country's own forces as {@link #OWN_GOVERNMENT}, until {@link #forCountry} names
     * them for the country the incident is placed in.
     */
    static List<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> namedBefore = new LinkedHashSet<>(); // "Yemen air strikes": a country's name, not its demonym
        for (Pattern p : List.of(BY, BLAMED, RESPONSIBILITY, SUBJECT_ATTACK, LAUNCHED, ADJECTIVE, COALITION)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (p == BLAMED) {
                    add(out, normalise(named(m)));
                    continue;
                }
                if (p == SUBJECT_ATTACK && PLACE_BEFORE.matcher(text.substring(Math.max(0, m.start(1) - 10), m.start(1))).find()) {
                    continue; // "a hideout in Afghanistan killed 30": a place, not a subject
                }
                for (String part : m.group(1).split("\\s+(?:and|or)\\s+")) {
                    if (p == ADJECTIVE && ATTACK_ONLY.matcher(m.group()).matches() && Countries.byName(part.strip()) != null) {
                        continue; // "Syria attack": where, not who ("Russian attack" names Russia)
                    }
                    if (p == ADJECTIVE && NON_STATE_WORDS.matcher(text.substring(m.end(1), m.end())).find()
                            && Countries.byNameOrDemonym(part.strip()) != null) {
                        continue; // "Syrian rebel shelling": rebels of that country, not its state
                    }
                    String actor = normalise(part);
                    String written = part.strip();
                    if (actor != null && p == ADJECTIVE && Countries.byName(written) != null
                            && !written.equals(written.toUpperCase(Locale.ROOT))) {
                        namedBefore.add(actor);
                    } else if (actor != null) {
                        out.add(actor);
                    }
                }
            }
        }
        if (OWN_STATE.matcher(text).find() || OWN_FORCES_KILLED.matcher(text).find()) {
            out.add(OWN_GOVERNMENT);
        }
        if (OWN_REBELS.matcher(text).find()) {
            out.add(OWN_REBELS_NAME);
        }
        if (out.isEmpty()) {
            // "Israel air strike kills five": the country acted; "Saudi-led coalition to investigate Yemen air strikes":
            // beside another actor, the country is where the strikes fell
            out.addAll(namedBefore);
        }
        return List.copyOf(out);
    }

    /**
     * A state's defence ministry, army or military speaking of its own: "Ministry of Defense spokesman Mohammad Radmanish
     * told Al Jazeera", "the army said"; group 1 is the word before the body, which may name another state ("the US
     * military said").
     */
    private static final Pattern OWN_MILITARY_SPEAKS = Pattern.compile(
            "(?i)(?:\\b([\\p{L}.]+)\\s+)?\\b(?:ministry\\s+of\\s+defen[cs]e|defen[cs]e\\s+ministry|army|military|armed\\s+forces)"
                    + "(?:['\u2019]s)?\\s+(?:spokes(?:man|woman|person)\\b|said\\b|says\\b|told\\b|statement\\b|claimed\\b)");

    /**
     * True when the sentence has a military that no state's name qualifies speak ("... killed more than 30 Taliban
     * fighters," Ministry of Defense spokesman Mohammad Radmanish told Al Jazeera): the incident country's own, which
     * counts the enemy fighters its own strike killed; not "the US military said".
     */
    static boolean ownMilitarySpeaks(String sentence) {
        Matcher m = OWN_MILITARY_SPEAKS.matcher(sentence);
        while (m.find()) {
            String before = m.group(1) == null ? null : Countries.byNameOrDemonym(m.group(1).replaceFirst("['\u2019]s$", ""));
            if (before == null) {
                return true; // a state named before its military ("the US military said") may be any, even the one
                             // the story's votes made the incident's
            }
        }
        return false;
    }

    /**
     * Whom the text holds responsible in so many words: "X claimed responsibility", "blamed X for", "X was
     * blamed for", "the attack was conducted by X". A story says so of its main incident wherever it does, often far below the toll.
     */
    static List<String> responsibleIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Pattern p : List.of(BLAMED, RESPONSIBILITY, CONDUCTED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                add(out, normalise(named(m)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * As {@link #responsibleIn}, and whose an attack told again by a definite noun is said to be ("the latest strikes on
     * Raqa are by Syrian or Russian warplanes"): of a story's main attack, which "the strikes" most often means.
     */
    static List<String> responsibleForMainIn(String text) {
        Set<String> out = new LinkedHashSet<>(responsibleIn(text));
        Matcher by = BY_WHOM.matcher(text);
        while (by.find()) {
            out.addAll(in(byWhom(by))); // "by Syrian or Russian warplanes": both
        }
        return List.copyOf(out);
    }

    /** Actors the text says denied an attack or attacks of its kind ({@link #DENIED_ATTACK}), normalised, in order. */
    static List<String> denyingIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = DENIED_ATTACK.matcher(text);
        while (m.find()) {
            add(out, normalise(m.group(1)));
        }
        return List.copyOf(out);
    }

    /** A {@link #BY_WHOM} match as the attack by whom: "the latest strikes on Raqa are by Russian jets" gives "strikes by Russian jets". */
    private static String byWhom(Matcher by) {
        return by.group(1) + " by " + by.group(2);
    }

    /** Whether the text gives an attack to one actor or another: "whether the latest strikes are by Syrian or Russian warplanes". */
    static boolean eitherIn(String text) {
        Matcher by = BY_WHOM.matcher(text);
        while (by.find()) {
            if (by.group(2).contains(" or ") && in(byWhom(by)).size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name, as written, is one of an armed group we know that is not a state ("Daesh", "Taliban"). */
    static boolean isGroupName(String name) {
        String actor = name == null ? null : ALIASES.get(name.strip().toLowerCase(Locale.ROOT));
        return actor != null && NON_STATE.contains(actor);
    }

    /** The name a match captured: in its first group, or for "X was blamed for" in its second. */
    private static String named(Matcher m) {
        return m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2);
    }

    private static void add(Set<String> out, String actor) {
        if (actor != null) {
            out.add(actor);
        }
    }

    /**
     * Actors named for the country the incident happened in: its own state is "<demonym> government"
     * (analysts' convention), a foreign state keeps its country's name.
     */
    static List<String> forCountry(List<String> actors, String country) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : actors) {
            if (a.equals(OWN_GOVERNMENT)) {
                if (country != null) {
                    out.add(Countries.demonym(country) + " government");
                }
            } else if (a.equals(COALITION_NAME)) {
                out.add("YE".equals(country) ? "Saudi-led coalition" : "US-led coalition");
            } else if (a.equals(OWN_REBELS_NAME)) {
                out.add(country != null ? Countries.demonym(country) + " rebels" : "rebels");
            } else if (country != null && a.equals(Countries.name(country))) {
                out.add(Countries.demonym(country) + " government");
            } else if (country != null && country.equals("US") && a.equals("United States")) {
                out.add("American government");
            } else {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /** Non-state armed groups the text names outside a target position or a "pro-" modifier, in order. */
    static List<String> groupsIn(String text) {
        java.util.TreeMap<Integer, String> byPosition = new java.util.TreeMap<>();
        for (Map.Entry<String, Pattern> e : NON_STATE_NAMES.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                boolean supporters = m.start() >= 4 && text.regionMatches(true, m.start() - 4, "pro-", 0, 4);
                if (!supporters && !targetedAt(text, m.start()) && !countedAt(text, m.start(), m.end())) {
                    // "the pro-al-Qaeda al-Shabaab group": al-Shabaab, not al-Qaeda
                    byPosition.putIfAbsent(m.start(), ALIASES.get(e.getKey()));
                    break;
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(byPosition.values()));
    }

    /** How far before a group's name the words that make it a target may stand (characters). */
    private static final int TARGET_REACH = 30;

    /**
     * A figure just before a group's name, or before its members: "Twelve ISIS members were killed", "12 members of Boko
     * Haram"; not "gunmen suspected to be members of Boko Haram", who are the attackers.
     */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)(?:^|[^\\w,])(?:at least\\s+|more than\\s+|some\\s+|about\\s+|nearly\\s+|another\\s+)?(?:\\d[\\d,]*|one|two|three"
                    + "|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of|scores of"
                    + "|hundreds of)\\s+(?:(?:members?|fighters?|militants?|commanders?|elements?)\\s+of\\s+)?(?:the\\s+)?(?:(?:al|el)-)?$");

    /**
     * Whether the name at [start, end) is counted among the dead or hurt rather than named as who acted: a figure before
     * it ("Twelve ISIS members were killed"), and no weapon, attack or attacker after it ("two Taliban attacks killed 12",
     * "two Islamic State suicide bombers detonated").
     */
    private static boolean countedAt(String text, int start, int end) {
        if (!COUNTED.matcher(text.substring(Math.max(0, start - TARGET_REACH), start)).find()) {
            return false;
        }
        int from = end;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return !ATTACKER_NOUN.matcher(text).region(from, text.length()).lookingAt()
                && !ATTACKERS_AFTER.matcher(text).region(from, text.length()).lookingAt();
    }

    /** People who attack, after a group's name: "two Islamic State suicide bombers detonated", "three IS gunmen". */
    private static final Pattern ATTACKERS_AFTER = Pattern.compile("(?i)(?:suicide|bombers?|gunmen|attackers?|assailants?)\\b");

    /** Whether the words just before {@code start} make the name there a target: "an airstrike on", "killed nine". */
    private static boolean targetedAt(String text, int start) {
        return TARGETED.matcher(text.substring(Math.max(0, start - TARGET_REACH), start)).find();
    }

    /** Non-state armed groups the text names in a target position: "killed nine IS fighters", "strikes on the Taliban". */
    static Set<String> targetedIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Pattern> e : NON_STATE_NAMES.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                if (targetedAt(text, m.start())) {
                    out.add(ALIASES.get(e.getKey()));
                }
            }
        }
        return out;
    }

    /** The short name of an actor, or null when the words name none we know. */
    static String normalise(String words) {
        String w = words.strip().replaceAll("^(?i)the\\s+", "").replaceAll("'s$", "");
        String lower = w.toLowerCase(Locale.ROOT);
        String alias = ALIASES.getOrDefault(lower, SPELLINGS.get(lower));
        if (alias != null) {
            return alias;
        }
        String led = lower.endsWith("-led") ? lower.substring(0, lower.length() - 4) : null;
        if (led != null) {
            String cc = Countries.byNameOrDemonym(w.substring(0, w.length() - 4));
            return cc == null ? null : (cc.equals("US") ? "US-led coalition" : cc.equals("SA") ? "Saudi-led coalition" : null);
        }
        Matcher state = STATE_WORD.matcher(w);
        String cc = Countries.byNameOrDemonym(state.matches() ? state.group(1) : w); // "Syrian Government", as written
        if (cc != null) {
            return cc.equals("US") ? "United States" : Countries.name(cc);
        }
        for (Map.Entry<String, String> e : ALIASES.entrySet()) {
            if (e.getKey().length() > 3 && lower.startsWith(e.getKey() + " ")) {
                return e.getValue();
            }
        }
        return null;
    }
}
