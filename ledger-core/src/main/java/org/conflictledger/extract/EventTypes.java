package org.conflictledger.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.conflictledger.model.EventType;

/** The event type a stretch of text describes, from trigger words, most specific first. */
final class EventTypes {
    private record Rule(EventType type, Pattern pattern) {
    }

    /** Bombs that are planted or driven to their target: "roadside bomb", "car bomb", "IED", "landmine". */
    private static final String PLANTED = "roadside bombs?|car bombs?|truck bombs?|\\bieds?\\b|improvised explosive|landmines?"
            + "|land mines?|explosive devices?|bombs? (?:went off|exploded)";
    /** Words of an explosion that say nothing of what exploded: "blast", "explosions", "the bombing". */
    private static final String EXPLOSION = "bomb blasts?|explosions?|blasts?|bombings?";
    private static final Pattern PLANTED_BOMB = Pattern.compile("\\b(?:" + PLANTED + ")\\b");

    /**
     * What armed men storm when they come for civilians: "stormed a wedding reception", "stormed the home of",
     * "stormed Mainok market" (not "stormed an air base", "stormed a security checkpoint", "stormed the town").
     */
    private static final String CIVILIAN_PLACES = "stormed\\s+(?:[\\w'-]+\\s+){0,3}?(?:villages?|markets?|homes?|houses?|residences?"
            + "|weddings?|hospitals?|clinics?|guesthouses?|hotels?|bars?|restaurants?|cafes?|colleges?|schools?|universit(?:y|ies)"
            + "|campus|church(?:es)?|mosques?|settlements?|meetings?|courts?|mall|shops?|farms?|camps? for)";

    private static final List<Rule> RULES = List.of(
            rule(EventType.SUICIDE_BOMB, "suicide (?:bomb|attack|blast|car|truck|vest|belt)\\w*|suicide[- ]bomb\\w*|suicide bombers?|blew (?:himself|herself|themselves) up|explosives?[- ]laden (?:vest|belt)"),
            rule(EventType.DRONE_STRIKE, "drones?(?: strikes?| attacks?| raids?| missiles?)?"),
            rule(EventType.AIR_STRIKE, "air ?strikes?|air[- ]raids?|air attacks?|warplanes?|fighter jets?|jets|aerial (?:bombardment|attack|bombing)s?|bombing raids?|(?<!anti-)(?<!anti )aircraft|airstrike|helicopter gunships?|barrel bombs?"),
            rule(EventType.SHELLING_ARTILLERY_MISSILE, "shell(?:ing|ed|s)|artillery|mortars?|rockets?|missiles?|bombardment|katyusha"),
            rule(EventType.REMOTE_EXPLOSIVE_IED, PLANTED + "|" + EXPLOSION),
            rule(EventType.EXECUTION_MASS_KILLING, "execut(?:ed|ion|ions|ing)|behead(?:ed|ing|ings)?|mass graves?|massacre[sd]?"),
            rule(EventType.ARMED_CLASH, "clash(?:es|ed)?|fighting|battles?|gun ?battles?|firefights?|ambush(?:ed)?|offensive|(?!" + CIVILIAN_PLACES + ")stormed|exchange of fire|fought"),
            rule(EventType.ATTACK_ON_CIVILIANS, CIVILIAN_PLACES + "|gunmen|opened fire|shot dead|shooting|stabb(?:ed|ing)|attacked (?:a |the )?(?:village|market|mosque|church|camp)|raided|kidnapp\\w+|abduct\\w+|attack(?:ed|s)?"));

    private static Rule rule(EventType t, String regex) {
        return new Rule(t, Pattern.compile("\\b(?:" + regex + ")\\b"));
    }

    private EventTypes() {
    }

    /**
     * True when {@code specific} can refine {@code general}: a suicide bombing is also an explosion, any
     * weapon refines a bare "attack" or "clash", an air strike is not refined into a drone strike by the lead.
     */
    static boolean refines(EventType specific, EventType general) {
        return switch (general) {
            case ATTACK_ON_CIVILIANS, ARMED_CLASH, OTHER -> true;
            case REMOTE_EXPLOSIVE_IED -> specific == EventType.SUICIDE_BOMB;
            case SHELLING_ARTILLERY_MISSILE -> specific == EventType.AIR_STRIKE || specific == EventType.DRONE_STRIKE;
            default -> false;
        };
    }

    /**
     * Weapons made safe or taken, not used: "dismantled 72 roadside bombs", "seized two rockets", "defused an
     * explosive device".
     */
    private static final Pattern WEAPONS_TAKEN = Pattern.compile(
            "\\b(?:dismantl|defus|seiz|confiscat|discover|recover|clear)\\w*\\s+(?:[\\w-]+\\s+){0,3}?"
                    + "(?:roadside bombs?|ieds?|improvised explosive devices?|explosive devices?|(?:land ?)?mines?|rockets?|mortars?"
                    + "|missiles?|car bombs?|bombs?|explosives?)\\b");

    /**
     * True when the text names a blast only by words that say nothing of what exploded ("the bombing, which killed three
     * guards", "four explosions shook the compound"), which a lead's air strike or shelling refines; not a roadside or
     * car bomb.
     */
    static boolean onlyExplosion(String text) {
        return of(text) == EventType.REMOTE_EXPLOSIVE_IED && !PLANTED_BOMB.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Fire that only comes from the ground: "shelling", "artillery", "mortars"; not rockets or missiles, which aircraft fire too. */
    private static final Pattern GROUND_FIRE = Pattern.compile("\\b(?:shell(?:ing|ed|s)|artillery|mortars?|katyusha|tank fire)\\b");

    /** True when the text names fire from the ground, which no air strike named elsewhere refines. */
    static boolean groundFire(String text) {
        return GROUND_FIRE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The most specific type the text names, or null when it names none. */
    static EventType of(String text) {
        String t = WEAPONS_TAKEN.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (Rule r : RULES) {
            if (r.pattern().matcher(t).find()) {
                return r.type();
            }
        }
        return null;
    }
}
