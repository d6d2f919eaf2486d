package org.conflictledger.extract;

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
    /** Armed actors of the conflicts we cover, by the forms news writes them in (lower case). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("isis", "Islamic State"), Map.entry("isil", "Islamic State"), Map.entry("is", "Islamic State"),
            Map.entry("islamic state", "Islamic State"), Map.entry("daesh", "Islamic State"),
            Map.entry("islamic state group", "Islamic State"), Map.entry("taliban", "Taliban"),
            Map.entry("boko haram", "Boko Haram"), Map.entry("al-shabaab", "al-Shabaab"), Map.entry("al shabaab", "al-Shabaab"),
            Map.entry("shabaab", "al-Shabaab"), Map.entry("al-qaeda", "al-Qaeda"), Map.entry("al qaeda", "al-Qaeda"),
            Map.entry("nusra front", "Nusra Front"), Map.entry("al-nusra front", "Nusra Front"),
            Map.entry("houthis", "Houthis"), Map.entry("houthi", "Houthis"), Map.entry("hezbollah", "Hezbollah"),
            Map.entry("hamas", "Hamas"), Map.entry("pkk", "PKK"), Map.entry("ypg", "YPG"), Map.entry("sdf", "SDF"),
            Map.entry("us-led coalition", "US-led coalition"), Map.entry("u.s.-led coalition", "US-led coalition"),
            Map.entry("coalition", "US-led coalition"), Map.entry("international coalition", "US-led coalition"),
            Map.entry("saudi-led coalition", "Saudi-led coalition"), Map.entry("arab coalition", "Saudi-led coalition"),
            Map.entry("regime", "Syrian government"), Map.entry("assad regime", "Syrian government"),
            Map.entry("syrian regime", "Syrian government"), Map.entry("government forces", "government forces"),
            Map.entry("nato", "NATO"), Map.entry("peshmerga", "Peshmerga"), Map.entry("amisom", "AMISOM"));
    private static final Pattern ATTACKER_NOUN = Pattern.compile(
            "(?:jets?|warplanes?|planes?|aircraft|air ?strikes?|air ?raids?|drones?|forces|troops|soldiers|army|military|"
                    + "helicopters?|artillery|shelling|bombers?|militants|fighters|gunmen|insurgents|navy|air force|"
                    + "strikes?|attacks?|bombardment|missiles?|rockets?)\\b");
    private static final Pattern BY = Pattern.compile(
            "\\b(?:carried out|conducted|launched|killed|hit|struck|bombed|targeted|attacked|claimed|staged|"
                    + "strikes?|raids?|attacks?|bombing|bombardment|shelling|fire)\\s+by\\s+(?:the\\s+)?([A-Z][\\w.'-]*(?:[\\s-][A-Z][\\w.'-]*){0,3}(?:-led coalition)?)");
    private static final Pattern RESPONSIBILITY = Pattern.compile(
            "\\b(?:the\\s+)?([A-Z][\\w.'-]*(?:\\s[A-Z][\\w.'-]*){0,3})\\s+(?:has\\s+|have\\s+)?claimed responsibility");
    private static final Pattern SUBJECT_ATTACK = Pattern.compile(
            "\\b([A-Z][\\w.'-]*(?:\\s[A-Z][\\w.'-]*){0,2})(?:\\s(?:militants|fighters|insurgents|gunmen|jihadists|suicide bombers?))?"
                    + "\\s(?:attacked|stormed|killed|ambushed|bombed|shelled|raided|opened fire)");
    private static final Pattern ADJECTIVE = Pattern.compile(
            "\\b((?:[A-Z][\\w.]*(?:-led)?)(?:\\s(?:and|or)\\s[A-Z][\\w.]*)?)[\\s-]+(?:and\\s)?(?:[a-z-]+\\s)?" + ATTACKER_NOUN.pattern());

    private Actors() {
    }

    /** Perpetrators named in the text, normalised, in order of first mention. */
    static List<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Pattern p : List.of(BY, RESPONSIBILITY, SUBJECT_ATTACK, ADJECTIVE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (String part : m.group(1).split("\\s+(?:and|or)\\s+")) {
                    String actor = normalise(part);
                    if (actor != null) {
                        out.add(actor);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The short name of an actor, or null when the words name none we know. */
    static String normalise(String words) {
        String w = words.strip().replaceAll("^(?i)the\\s+", "").replaceAll("'s$", "");
        String lower = w.toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(lower);
        if (alias != null) {
            return alias;
        }
        String led = lower.endsWith("-led") ? lower.substring(0, lower.length() - 4) : null;
        if (led != null) {
            String cc = Countries.code(led);
            return cc == null ? null : (cc.equals("US") ? "US-led coalition" : cc.equals("SA") ? "Saudi-led coalition" : null);
        }
        String cc = Countries.code(lower);
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
