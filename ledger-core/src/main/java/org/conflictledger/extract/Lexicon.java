package org.conflictledger.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictledger.model.Category;
import org.conflictledger.model.Group;
import org.conflictledger.model.Qualifier;

/** Word lists of the casualty-reporting register of English news. All entries are lower case. */
final class Lexicon {
    private Lexicon() {
    }

    /**
     * Verb lemmas that state deaths; "eliminate" and "neutralize" as armies' statements use them ("eliminated over
     * 75 militants", "over 50 terrorists were neutralized").
     */
    static final Set<String> KILL_VERBS = Set.of("kill", "die", "slay", "murder", "massacre", "slaughter", "execute",
            "behead", "perish", "assassinate", "eliminate", "neutralize", "neutralise");
    /** Armies' words for killing that count the dead only with a figure ("eliminated a number of gatherings"). */
    static final Set<String> FIGURE_ONLY_KILL_VERBS = Set.of("eliminate", "neutralize", "neutralise");
    /** Verb lemmas that state injuries. */
    static final Set<String> INJURE_VERBS = Set.of("wound", "injure", "hurt", "maim", "hospitalize", "hospitalise");
    /** Words that, after a figure, say the figure counts deaths ("63 dead", "70 deaths"). */
    static final Set<String> DEATH_NOUNS = Set.of("dead", "death", "deaths", "fatality", "fatalities", "body", "bodies",
            "corpse", "corpses", "killed", "martyr", "martyrs");
    /** Words that, after a figure, say the figure counts injuries. */
    static final Set<String> INJURY_NOUNS = Set.of("injury", "injuries", "wounded", "injured", "hurt");
    /** Nouns that head a death toll ("the death toll rose to 22"). */
    static final Set<String> TOLL_NOUNS = Set.of("toll", "tally");

    /** Heads that name people killed or hurt, with the group they put them in. */
    static final Map<String, Group> PERSON_HEADS = Map.ofEntries(
            Map.entry("people", Group.ALL), Map.entry("person", Group.ALL), Map.entry("persons", Group.ALL),
            Map.entry("individual", Group.ALL), Map.entry("individuals", Group.ALL), Map.entry("other", Group.ALL),
            Map.entry("others", Group.ALL), Map.entry("victim", Group.ALL), Map.entry("victims", Group.ALL),
            Map.entry("man", Group.ALL), Map.entry("men", Group.ALL), Map.entry("resident", Group.CIVILIANS),
            Map.entry("residents", Group.CIVILIANS), Map.entry("villager", Group.CIVILIANS), Map.entry("villagers", Group.CIVILIANS),
            Map.entry("civilian", Group.CIVILIANS), Map.entry("civilians", Group.CIVILIANS),
            Map.entry("worshipper", Group.CIVILIANS), Map.entry("worshippers", Group.CIVILIANS), Map.entry("worshipers", Group.CIVILIANS),
            Map.entry("farmer", Group.CIVILIANS), Map.entry("farmers", Group.CIVILIANS),
            Map.entry("child", Group.CHILDREN), Map.entry("children", Group.CHILDREN), Map.entry("minor", Group.CHILDREN),
            Map.entry("minors", Group.CHILDREN), Map.entry("kid", Group.CHILDREN), Map.entry("kids", Group.CHILDREN),
            Map.entry("boy", Group.CHILDREN), Map.entry("boys", Group.CHILDREN), Map.entry("girl", Group.CHILDREN),
            Map.entry("girls", Group.CHILDREN), Map.entry("baby", Group.CHILDREN), Map.entry("babies", Group.CHILDREN),
            Map.entry("infant", Group.CHILDREN), Map.entry("infants", Group.CHILDREN), Map.entry("toddler", Group.CHILDREN),
            Map.entry("toddlers", Group.CHILDREN), Map.entry("schoolchildren", Group.CHILDREN),
            Map.entry("woman", Group.WOMEN), Map.entry("women", Group.WOMEN), Map.entry("mother", Group.WOMEN),
            Map.entry("mothers", Group.WOMEN),
            Map.entry("militant", Group.COMBATANTS), Map.entry("militants", Group.COMBATANTS),
            Map.entry("fighter", Group.COMBATANTS), Map.entry("fighters", Group.COMBATANTS),
            Map.entry("soldier", Group.COMBATANTS), Map.entry("soldiers", Group.COMBATANTS),
            Map.entry("troop", Group.COMBATANTS), Map.entry("troops", Group.COMBATANTS),
            Map.entry("rebel", Group.COMBATANTS), Map.entry("rebels", Group.COMBATANTS),
            Map.entry("jihadist", Group.COMBATANTS), Map.entry("jihadists", Group.COMBATANTS),
            Map.entry("peshmerga", Group.COMBATANTS), Map.entry("forces", Group.COMBATANTS),
            Map.entry("insurgent", Group.COMBATANTS), Map.entry("insurgents", Group.COMBATANTS),
            Map.entry("policeman", Group.COMBATANTS), Map.entry("policemen", Group.COMBATANTS),
            Map.entry("police", Group.COMBATANTS), Map.entry("officer", Group.COMBATANTS), Map.entry("officers", Group.COMBATANTS),
            Map.entry("guard", Group.COMBATANTS), Map.entry("guards", Group.COMBATANTS),
            Map.entry("gunman", Group.COMBATANTS), Map.entry("gunmen", Group.COMBATANTS),
            Map.entry("attacker", Group.COMBATANTS), Map.entry("attackers", Group.COMBATANTS),
            Map.entry("terrorist", Group.COMBATANTS), Map.entry("terrorists", Group.COMBATANTS),
            Map.entry("militiaman", Group.COMBATANTS), Map.entry("militiamen", Group.COMBATANTS),
            Map.entry("commander", Group.COMBATANTS), Map.entry("commanders", Group.COMBATANTS),
            Map.entry("personnel", Group.COMBATANTS), Map.entry("servicemen", Group.COMBATANTS),
            Map.entry("serviceman", Group.COMBATANTS), Map.entry("recruits", Group.COMBATANTS),
            Map.entry("marines", Group.COMBATANTS), Map.entry("paramilitaries", Group.COMBATANTS),
            Map.entry("combatant", Group.COMBATANTS), Map.entry("combatants", Group.COMBATANTS),
            Map.entry("bomber", Group.COMBATANTS), Map.entry("bombers", Group.COMBATANTS),
            Map.entry("extremist", Group.COMBATANTS), Map.entry("extremists", Group.COMBATANTS),
            Map.entry("loyalist", Group.COMBATANTS), Map.entry("loyalists", Group.COMBATANTS),
            Map.entry("gendarmes", Group.COMBATANTS), Map.entry("pilot", Group.COMBATANTS), Map.entry("pilots", Group.COMBATANTS));
    /** "members of the security forces": the word after "members of" that makes them combatants. */
    static final Set<String> ARMED_BODIES = Set.of("security", "army", "police", "forces", "force", "military", "militia",
            "militias", "group", "brigade", "battalion", "regiment", "guard", "unit", "units", "army's", "jihadist", "rebel");
    /** Heads after a number that show it is not a count of people. */
    static final Set<String> NON_PERSON_HEADS = Set.of("km", "kilometres", "kilometers", "mile", "miles", "metre", "metres",
            "meter", "meters", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
            "minutes", "percent", "%", "time", "times", "dollar", "dollars", "pound", "pounds", "euro", "euros", "tonne",
            "tonnes", "ton", "tons", "kg", "house", "houses", "home", "homes", "building", "buildings", "vehicle",
            "vehicles", "car", "cars", "truck", "trucks", "tank", "tanks", "strike", "strikes", "airstrike", "airstrikes",
            "raid", "raids", "bomb", "bombs", "rocket", "rockets", "missile", "missiles", "shell", "shells", "round",
            "rounds", "jet", "jets", "plane", "planes", "aircraft", "helicopter", "helicopters", "drone", "drones",
            "village", "villages", "town", "towns", "city", "cities", "school", "schools", "hospital", "hospitals",
            "attack", "attacks", "incident", "incidents", "explosion", "explosions", "blast", "blasts", "target",
            "targets", "number", "numbers", "quarter", "quarters", "position", "positions", "site", "sites", "camp", "camps", "mosque", "mosques", "district",
            "districts", "province", "provinces", "country", "countries", "state", "states", "floor", "floors", "storey",
            "am", "pm", "a.m.", "p.m.", "gmt", "o'clock", "refugee", "refugees", "displaced", "million", "billion",
            "degree", "degrees", "point", "points", "case", "cases", "shot", "shots", "operation", "operations",
            "mission", "missions", "sortie", "sorties", "checkpoint", "checkpoints", "base", "bases", "weapon", "weapons",
            "gun", "guns", "mortar", "mortars", "barrel", "ambulance", "ambulances", "bed", "beds", "vote", "votes",
            "seat", "seats", "goal", "goals", "page", "pages", "episode", "family", "families");
    /** Words that make a figure vague: "dozens", "scores", "hundreds". */
    static final Set<String> VAGUE_AMOUNTS = Set.of("dozens", "scores", "hundreds", "thousands", "tens");
    /**
     * Verbs of destroying that armies' statements use for killing fighters, counted as a killing only before a figure
     * of fighters: "destroyed over 60 terrorists", "liquidated 20 militants" (not "destroyed 20 vehicles"); see also
     * {@link #FIGURE_ONLY_KILL_VERBS}.
     */
    static final Set<String> DESTROYING = Set.of("destroy", "liquidate");
    /** Words that make a figure zero: "no casualties", "nobody was hurt". */
    static final Set<String> ZERO_WORDS = Set.of("no", "nobody", "none", "zero");
    /** Nouns that "no ..." turns into a zero claim. */
    static final Set<String> ZERO_NOUNS = Set.of("casualties", "casualty", "deaths", "death", "injuries", "fatalities",
            "victims", "losses", "loss", "dead", "one");
    /**
     * Spelled-out figures, for the relevance stage, which looks at raw text before any tagger has found
     * numbers: "five", "twenty", "a dozen", "hundreds".
     */
    static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen",
            "score", "million");
    /** Forms of the casualty verbs that their lemma does not spell out: "slain", "slew". */
    static final Map<String, String> IRREGULAR_FORMS = Map.of("slain", "slay", "slew", "slay");

    /**
     * Words of armed violence, as written (no lemmatiser runs before the relevance stage): the acts, weapons and
     * armed actors that make a death part of a conflict. Verbs are listed as lemmas in {@link #VIOLENCE_VERBS}.
     * Not here, as disasters use them too: "struck" (the quake struck), "violent" (a violent storm), "soldiers"
     * and "troops" (who dig survivors out).
     */
    static final Set<String> VIOLENCE_WORDS = Set.of("attacker", "attackers", "airstrike", "airstrikes", "strike",
            "strikes", "blast", "blasts", "explosion", "explosions", "explosive", "explosives", "ied", "ieds",
            "landmine", "landmines", "artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles",
            "grenade", "grenades", "bomber", "bombers", "gunned", "beaten", "fired", "gun", "guns", "gunman", "gunmen", "gunfire", "gunshot", "gunshots", "shot", "shots",
            "shooter", "shooters", "sniper", "snipers", "crossfire", "fighter", "fighters", "fought", "battle",
            "battles", "firefight", "offensive", "insurgent", "insurgents", "insurgency", "militant", "militants",
            "militia", "militias", "militiamen", "rebel", "rebels", "jihadist", "jihadists", "terrorist", "terrorists",
            "terrorism", "terror", "extremist", "extremists", "assailant", "assailants", "war", "warplane", "warplanes",
            "drone", "drones", "combatant", "combatants", "hostage", "hostages",
            "violence", "riot", "riots", "armed", "conflict", "rebellion", "insurrection", "hacked", "slain", "slew", "arson", "arsonist", "arsonists");
    /** Nouns that name an attack as an event, to which a day can be bound: "the March 17 strike", "the attack on Saturday". */
    static final Set<String> EVENT_NOUNS = Set.of("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
            "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "raid", "raids", "shelling", "massacre",
            "ambush", "assault", "bombardment", "killing", "killings");
    /** Verb lemmas of armed violence; their regular forms count too ("attacked", "shelling", "clashes"). */
    static final Set<String> VIOLENCE_VERBS = Set.of("attack", "assault", "raid", "bomb", "bombard", "shell", "shoot",
            "fight", "clash", "ambush", "murder", "massacre", "slaughter", "execute", "behead", "assassinate", "stab",
            "lynch", "torture", "kidnap", "abduct", "detonate", "explode");
    /**
     * Causes of death that are not violence: disasters, accidents, epidemics. A report that names one of these
     * and no word of violence is about a quake or a crash, outside a conflict ledger.
     */
    static final Set<String> NON_VIOLENT_CAUSES = Set.of("earthquake", "earthquakes", "quake", "quakes", "aftershock",
            "aftershocks", "tremor", "tsunami", "flood", "floods", "flooding", "landslide", "landslides", "mudslide",
            "avalanche", "storm", "storms", "cyclone", "hurricane", "typhoon", "tornado", "tornadoes", "volcano",
            "eruption", "heatwave", "drought", "crash", "crashes", "crashed", "accident", "accidents", "collision",
            "derailed", "derailment", "capsized", "sank", "sinking", "shipwreck", "shipwrecks", "drowned", "drowning", "blaze",
            "epidemic", "outbreak", "virus", "disease", "cholera", "ebola", "pandemic", "infection", "infections",
            "stampede", "collapse", "collapsed", "poisoning", "overdose");

    /**
     * Words of a story of people on the move: migrants who drown at sea or die in smugglers' camps died of no
     * conflict, unless a word of armed violence says so ("gunmen killed 20 migrants"). Not "refugees", whom wars make
     * and whose camps are attacked.
     */
    static final Set<String> MIGRATION_WORDS = Set.of("migrant", "migrants", "asylum-seekers", "asylum-seeker");

    /** The words of armed violence and the forms of its verbs, as written ("shelling", "clashes", "attacked"). */
    private static final Set<String> VIOLENCE_FORMS = withForms();

    private static Set<String> withForms() {
        Set<String> out = new HashSet<>(VIOLENCE_WORDS);
        VIOLENCE_VERBS.forEach(lemma -> out.addAll(forms(lemma)));
        out.addAll(Set.of("clashes", "ambushes")); // -es, which the regular forms leave out
        return Set.copyOf(out);
    }

    /** A verb lemma's regular forms: kill, kills, killed, killing, killings; die, dies, died, dying. */
    static List<String> forms(String lemma) {
        List<String> out = new ArrayList<>(List.of(lemma));
        if (lemma.endsWith("ie")) {
            String stem = lemma.substring(0, lemma.length() - 2);
            out.addAll(List.of(lemma + "s", lemma + "d", stem + "ying"));
        } else if (lemma.endsWith("e")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.addAll(List.of(lemma + "s", lemma + "d", stem + "ing"));
        } else {
            out.addAll(List.of(lemma + "s", lemma + "ed", lemma + "ing", lemma + "ings"));
        }
        return out;
    }

    /** The words of armed violence with the forms of its verbs. */
    static Set<String> violenceForms() {
        return VIOLENCE_FORMS;
    }

    /** True when a word, as written in lower case, names armed violence: "shelling", "gunmen", "clashes". */
    static boolean violenceWord(String lower) {
        return VIOLENCE_FORMS.contains(lower);
    }

    /** Reporting verb lemmas. */
    static final Set<String> REPORT_VERBS = Set.of("say", "tell", "report", "confirm", "announce", "state", "claim",
            "add", "estimate", "put", "quote", "cite", "count", "record", "document", "note", "declare", "allege", "inform",
            "accuse", "deny", "warn", "explain", "insist", "write", "tweet", "indicate", "show");

    /** The qualifier a word or pair of words before a figure sets. */
    static Qualifier qualifier(String twoBefore, String oneBefore) {
        String pair = (twoBefore + " " + oneBefore).toLowerCase(Locale.ROOT);
        switch (pair) {
            case "at least", "no fewer", "no less", "not less", "a minimum":
                return Qualifier.AT_LEAST;
            case "more than", "upwards of", "excess of", "over than":
                return Qualifier.MORE_THAN;
            case "up to", "as many", "as much", "many as":
                return Qualifier.UP_TO;
            case "close to", "an estimated", "some estimated":
                return Qualifier.ABOUT;
            default:
                break;
        }
        switch (oneBefore.toLowerCase(Locale.ROOT)) {
            case "over", "above", "exceeding":
                return Qualifier.MORE_THAN;
            case "nearly", "almost", "about", "around", "approximately", "roughly", "some", "estimated", "estimates", "circa", "~":
                return Qualifier.ABOUT;
            case "least", "minimum":
                return Qualifier.AT_LEAST;
            default:
                return Qualifier.EXACT;
        }
    }

    /** Category implied by a casualty word, or null. */
    static Category category(String lemma, String lower) {
        if (KILL_VERBS.contains(lemma) || DEATH_NOUNS.contains(lower) || DEATH_NOUNS.contains(lemma)) {
            return Category.KILLED;
        }
        if (INJURE_VERBS.contains(lemma) || INJURY_NOUNS.contains(lower) || INJURY_NOUNS.contains(lemma)) {
            return Category.INJURED;
        }
        return null;
    }
}
