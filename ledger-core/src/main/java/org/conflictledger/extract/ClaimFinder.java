package org.conflictledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictledger.model.Category;
import org.conflictledger.model.Countries;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.Group;
import org.conflictledger.model.Qualifier;
import org.conflictledger.model.WordNet;

/**
 * Finds casualty figures in one sentence: a number (or "dozens", or "no") tied to a killing or injuring
 * word, with the group its noun phrase names and the qualifier before it.
 */
final class ClaimFinder {
    /** How far to the right of a figure's noun phrase a casualty word may stand. */
    private static final int RIGHT_WINDOW = 9;
    /**
     * How far to the right a casualty verb may stand when only the figure's own subject phrase lies between
     * ("Four people, including the director of the district education office, were killed"): no other verb.
     */
    private static final int SUBJECT_WINDOW = 24;
    /** How far to the left of a figure an active casualty verb may stand. */
    private static final int LEFT_WINDOW = 4;

    private static final java.util.regex.Pattern RANGE_TOKEN = java.util.regex.Pattern.compile("(\\d{1,5})\\s*[-\u2013]\\s*(\\d{1,5})");

    private ClaimFinder() {
    }

    /** A figure before its meaning is settled: tokens [first, end), value, vagueness. */
    private record Amount(int first, int end, Integer value, boolean vague, boolean zero) {
    }

    static List<RawClaim> find(SentenceView v) {
        List<Amount> amounts = amounts(v);
        List<RawClaim> out = new ArrayList<>();
        for (int k = 0; k < amounts.size(); k++) {
            Amount a = amounts.get(k);
            int nextAmount = k + 1 < amounts.size() ? amounts.get(k + 1).first() : v.size();
            if (k + 1 < amounts.size() && isRange(v, a, amounts.get(k + 1))) {
                // "between 35 and 45 people were killed": the low figure at least, the high up to
                Amount b = amounts.get(k + 1);
                int afterB = k + 2 < amounts.size() ? amounts.get(k + 2).first() : v.size();
                RawClaim high = claim(v, b, afterB, out);
                if (high == null) {
                    // "killed seven children and two or three others": the verb governs the range from its low figure,
                    // and the people are the noun after the high one
                    high = claim(v, new Amount(a.first(), b.end(), b.value(), b.vague(), b.zero()), afterB, out);
                }
                // "the death toll was between 40 and 50": the toll word governs the range from before its low figure
                RawClaim meaning = high != null ? high : claim(v, a, nextAmount, out);
                if (meaning != null) {
                    int lowStart = v.lower(a.first() - 1).equals("between") ? a.first() - 1 : a.first();
                    out.add(new RawClaim(v, lowStart, a.end(), a.value(), Qualifier.AT_LEAST, meaning.category(), meaning.group(),
                            meaning.part()));
                    out.add(new RawClaim(v, b.first(), high != null ? high.last() : b.end(), b.value(), Qualifier.UP_TO,
                            meaning.category(), meaning.group(), meaning.part()));
                    k++;
                    continue;
                }
            }
            RawClaim c = a.zero() ? zeroClaim(v, a) : claim(v, a, nextAmount, out);
            if (c != null) {
                out.add(c);
            }
        }
        singles(v, out);
        VictimLists.add(v, out);
        out.removeIf(r -> v.inTitle(r.first()));
        if (nonViolentCause(v)) {
            out.clear();
        } else {
            out.removeIf(r -> disasterAfter(v, r));
        }
        return out;
    }

    /**
     * "An eruption last year killed at least 17 people", "72 workers have been killed after a fire hit a footwear
     * factory": a sentence that names a disaster, an accident or a blaze and no word of armed violence counts the
     * dead of no conflict.
     */
    static boolean nonViolentCause(SentenceView v) {
        boolean cause = false;
        for (int k = 0; k < v.size(); k++) {
            if (armedViolenceAt(v, k)) {
                return false;
            }
            cause |= Lexicon.NON_VIOLENT_CAUSES.contains(v.lower(k)) && !VIOLENCE_MAY_CAUSE.contains(v.lower(k)) || blaze(v, k);
        }
        return cause;
    }

    /** True when the sentence names armed violence anywhere: "shelling", "gunmen", "attacked". */
    static boolean namesArmedViolence(SentenceView v) {
        return v.anyToken(k -> armedViolenceAt(v, k));
    }

    /**
     * True when the sentence names armed violence or a killing: "gunmen", "shelling", "was killed", "martyred", "the
     * dismemberment killings", "bullet wounds", "violent extremism".
     */
    static boolean namesKilling(SentenceView v) {
        return v.anyToken(k -> armedViolenceAt(v, k) || KILLING_LEMMAS.contains(v.lemma(k)) || v.lower(k).startsWith("bullet"));
    }

    /** Lemmas of a killing that name no weapon or fight: "killed", "martyred", "slain". */
    private static final Set<String> KILLING_LEMMAS = Set.of("kill", "killing", "martyr", "slay", "assassination",
            "homicide", "violent");

    /** True when the token at k names armed violence, as written or by its verb's lemma: "shelling", "gunmen", "attacked". */
    private static boolean armedViolenceAt(SentenceView v, int k) {
        return Lexicon.violenceWord(v.lower(k)) || Lexicon.VIOLENCE_VERBS.contains(v.lemma(k));
    }

    /**
     * Causes that violence may bring about or stand beside: "buildings that collapsed", "gas poisoning", "the
     * ceasefire collapsed", "killed in the plane crash" (a plane a bomb brought down).
     */
    private static final Set<String> VIOLENCE_MAY_CAUSE = Set.of("collapse", "collapsed", "poisoning", "crash", "crashes",
            "crashed");

    /** A fire as a blaze: not one that was opened, returned, exchanged or come under, nor one set to a house. */
    private static boolean blaze(SentenceView v, int k) {
        String w = v.lower(k);
        return (w.equals("fire") || w.equals("fires")) && v.isNoun(k) && !GUNFIRE_BEFORE.contains(v.lemma(k - 1))
                && !GUNFIRE_BEFORE.contains(v.lemma(k - 2)) && !GUNFIRE_AFTER.contains(v.lower(k + 1)) && !setOnFire(v, k);
    }

    /** "set his palace on fire": arson. */
    private static boolean setOnFire(SentenceView v, int k) {
        if (!v.lower(k - 1).equals("on")) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(0, k - 6); j--) {
            if (v.lemma(j).equals("set")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GUNFIRE_BEFORE = Set.of("open", "return", "exchange", "cease", "draw", "under",
            "set", "heavy", "sniper", "artillery", "mortar", "tank", "enemy", "friendly", "live", "direct", "intense", "of",
            "cross", "machine-gun", "rocket", "hostile");
    private static final Set<String> GUNFIRE_AFTER = Set.of("on", "at", "upon", "into", "to");

    /**
     * "Death toll climbs to 22 in Philippine monsoon landslide", "12 people died in a road accident": a figure whose
     * cause, named right after it, is a disaster or an accident is no figure of violence.
     */
    private static boolean disasterAfter(SentenceView v, RawClaim r) {
        int k = r.last();
        if (!CAUSE_PREPOSITIONS.contains(v.lower(k))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(v.size(), k + 5); j++) {
            if (Lexicon.NON_VIOLENT_CAUSES.contains(v.lower(j))) {
                return true;
            }
            if (!v.pos(j).startsWith("NN") && !v.pos(j).startsWith("JJ") && !v.pos(j).equals("DT")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CAUSE_PREPOSITIONS = Set.of("in", "from", "after", "by");

    /**
     * One victim named without a number: "a teacher was killed", "gunmen shot dead a police officer",
     * "X was killed". Counted only where the sentence gives no figure of that category.
     */
    private static void singles(SentenceView v, List<RawClaim> out) {
        for (int i = 1; i < v.size(); i++) {
            boolean shotDead = v.lower(i).equals("dead") && (v.lemma(i - 1).equals("shoot")
                    || v.pos(i - 1).equals("PRP") && v.lemma(i - 2).equals("shoot"));
            Category c = shotDead ? Category.KILLED : casualtyAt(v, i);
            // "One aide was killed as well and another wounded": a participle the tagger may read as an adjective
            boolean another = (v.pos(i).equals("VBN") || v.pos(i).equals("JJ")) && anotherBefore(v, i) >= 0;
            if (c == null || !(v.isVerb(i) || another || v.lower(i).equals("dead") || v.lower(i).equals("death"))
                    || Lexicon.FIGURE_ONLY_KILL_VERBS.contains(v.lemma(i))) {
                continue; // "eliminated a number of gatherings": an army's word counts its dead only with a figure
            }
            boolean taken = false;
            RawClaim others = null;
            for (RawClaim r : out) {
                taken |= r.category() == c;
                if (r.category() == c && r.first() > i && !r.part() && r.value() != null && v.lower(r.last() - 1).equals("others")) {
                    others = r;
                }
            }
            if (taken && (others == null || out.size() > 1)) {
                continue;
            }
            RawClaim single = passiveSingle(v, i, c);
            if (single == null && another) {
                single = anotherSingle(v, i, c); // "a local official was killed and another villager seriously wounded"
            }
            if (single == null && shotDead && v.pos(i - 1).equals("PRP")) {
                single = objectSingle(v, i - 1, c); // "shot him dead"
            }
            if (single == null && activeVerb(v, i)) {
                single = objectSingle(v, afterPlaceAndTime(v, killingParticleVerb(v, i) ? i + 2 : i + 1), c);
            }
            if (single == null && v.lower(i).equals("death") && v.lower(i - 1).equals("to") && activeVerb(v, i - 2)) {
                single = objectSingle(v, afterPlaceAndTime(v, i + 1), c); // "stabbing to death a serving member"
            }
            if (single == null && v.lemma(i).equals("die") && v.isVerb(i) && violent(v)) {
                single = subjectSingle(v, i, auxiliaryBefore(v, i, "has", "had", "have"), c);
            }
            if (single != null && others != null) {
                // "killed a top aide of the governor in an attack that left eight others dead": the one and the others
                out.add(new RawClaim(v, single.first(), others.last(), others.value() + 1, others.qualifier(), c, Group.ALL, false));
            } else if (single != null) {
                out.add(single);
            }
        }
        for (int i = 0; i + 2 < v.size(); i++) {
            // "the shooting death of an Indian leader", "the body of Manuel Murillo Varela was found"
            if (SINGLE_OF.contains(v.lower(i)) && v.lower(i + 1).equals("of") && out.stream().noneMatch(r -> r.category() == Category.KILLED)
                    && !v.pos(i + 2).equals("PRP$") // "mourning the death of her husband": a loss told, not a victim counted
                    && (violent(v) || v.ner(i + 2) == EntityType.PERSON)) {
                RawClaim single = objectSingle(v, i + 2, Category.KILLED);
                if (single != null) {
                    out.add(single);
                }
            }
        }
    }

    /**
     * True when the sentence names violence or a wound: a death with no such word ("after his brother King
     * Abdullah died", "the body of the inflator") is not one this ledger counts.
     */
    private static boolean violent(SentenceView v) {
        return v.anyToken(k -> armedViolenceAt(v, k) || HARM_LEMMAS.contains(v.lemma(k)));
    }

    /**
     * True when the sentence names violence, a wound or a death ("was hit by two bullets ... and died before reaching
     * hospital"); not "Eight other officers were set free by the court on Tuesday", whose day is no attack's.
     */
    static boolean tellsOfHarm(SentenceView v) {
        if (violent(v)) {
            return true;
        }
        for (int k = 0; k < v.size(); k++) {
            if (DEATH_LEMMAS.contains(v.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a death, or of what kills, that name no violence by themselves: "died", "the dead", "bullets". */
    private static final Set<String> DEATH_LEMMAS = Set.of("die", "dead", "death", "bullet", "body", "corpse", "casualty");

    /** Particles that make "die" no death: "died down", "died out", "died away". */
    private static final Set<String> DYING_PARTICLES = Set.of("down", "out", "away");

    /** Besides armed violence, the words of a death by violence: a wound, a killing, a martyr. */
    private static final Set<String> HARM_LEMMAS = Set.of("wound", "injury", "gunshot", "martyr", "kill");

    /**
     * Where "another" stands as the subject of the participle at i whose auxiliary the coordination left out:
     * "and another wounded", "and another villager seriously wounded", ", another injured"; -1 when it does not.
     */
    private static int anotherBefore(SentenceView v, int i) {
        int k = i - 1;
        while (k > 0 && v.pos(k).startsWith("RB")) {
            k--;
        }
        if (k > 0 && isPersonNoun(v, k)) {
            k--;
        }
        boolean joined = k > 0 && (v.lower(k - 1).equals("and") || v.lower(k - 1).equals(","));
        return k > 0 && v.lower(k).equals("another") && joined ? k : -1;
    }

    /** One more victim as "another" with its auxiliary left out, or null. */
    private static RawClaim anotherSingle(SentenceView v, int i, Category c) {
        int k = anotherBefore(v, i);
        if (k < 0) {
            return null;
        }
        Group g = isPersonNoun(v, k + 1) ? singleGroup(v.lower(k + 1)) : Group.ALL;
        return new RawClaim(v, k, i + 1, 1, Qualifier.EXACT, c, g, false);
    }

    /** Nouns that, before "of" and one person, state that person's death. */
    private static final Set<String> SINGLE_OF = Set.of("death", "body", "killing", "murder", "assassination");

    /**
     * The auxiliary before a verb, over adverbs, dates, commas and a second verb: "was yesterday, killed", "was
     * this morning killed", "was last week Thursday killed", "was shot and killed", "has been stabbed to death";
     * -1 when none.
     */
    private static int auxiliaryBefore(SentenceView v, int trigger, String... auxiliaries) {
        Set<String> wanted = Set.of(auxiliaries);
        for (int k = trigger - 1; k >= Math.max(0, trigger - AUXILIARY_REACH); k--) {
            String w = v.lower(k);
            if (wanted.contains(w)) {
                return k;
            }
            boolean date = v.ner(k) == EntityType.DATE || v.ner(k) == EntityType.TIME;
            boolean shot = w.equals("shot") && v.lower(k + 1).equals("and"); // "was this evening shot and killed": a noun to the tagger
            if (!(v.isVerb(k) || shot || w.equals("and") || w.equals("to") || w.equals(",") || w.equals("this") || w.equals("last")
                    || v.pos(k).startsWith("RB") || date || w.equals("on") && v.ner(k + 1) == EntityType.DATE)) {
                return -1;
            }
        }
        return -1;
    }

    private static final int AUXILIARY_REACH = 6;

    private static RawClaim passiveSingle(SentenceView v, int trigger, Category c) {
        if (v.lemma(trigger).equals("die")) {
            return null; // no passive: "that civilians had died" is read for its subject by the dying verb's own rule
        }
        int aux = auxiliaryBefore(v, trigger, "was", "been");
        if (aux >= 1 && v.lower(aux).equals("been") && (v.lower(aux - 1).equals("have") || v.lower(aux - 1).equals("had"))) {
            aux = -1; // "have been killed": a plural subject, or a pluperfect list
        }
        return subjectSingle(v, trigger, aux, c);
    }

    /**
     * One victim as the subject before {@code aux} (the auxiliary of "was killed", "has died", or the verb
     * itself): "A teacher was killed", "The deputy controller of the prisons, Usman Zaki Gwandu, was killed",
     * "A Ukrainian journalist died".
     */
    private static RawClaim subjectSingle(SentenceView v, int trigger, int aux, Category c) {
        if (v.lemma(trigger).equals("die") && !violent(v)) {
            return null; // "the singer has died aged 76", "Giacometti, who died in 1966"
        }
        if (aux < 0 && v.lemma(trigger).equals("die")) {
            aux = trigger;
        }
        if (aux < 1) {
            return null;
        }
        int head = v.lower(aux - 1).equals("has") ? aux - 2 : aux - 1;
        String subject = v.lower(head);
        boolean plural = v.pos(head).equals("NNS") && (Lexicon.PERSON_HEADS.containsKey(subject) || humanNounPlural(subject));
        while (head > 0 && v.pos(head).startsWith("RB")) {
            head--; // "A journalist reportedly died"
        }
        if (v.lower(head).equals(",")) {
            // "The deputy controller of the prisons, Usman Zaki Gwandu, was killed"; "..., Salwa Bu-Qu'ayqis, was
            // killed", a name the tagger read only in part
            for (int k = head - 1; k >= Math.max(1, head - 5) && !v.lower(k).equals(","); k--) {
                if (v.ner(k) == EntityType.PERSON) {
                    head = k;
                    break;
                }
            }
            // "where Sofee Yapa, 46, deputy chairman of the tambon administration organisation, was shot dead": asides
            // in commas after the name, back to a name just before a comma
            for (int comma = head, asides = 0; v.lower(head).equals(",") && asides < 3; asides++) {
                int previous = comma - 1;
                while (previous > 0 && comma - previous <= 12 && !v.lower(previous).equals(",")) {
                    previous--;
                }
                if (!v.lower(previous).equals(",")) {
                    break;
                }
                if (v.ner(previous - 1) == EntityType.PERSON) {
                    head = previous - 1;
                }
                comma = previous;
            }
        }
        for (int k = head; k >= Math.max(0, head - 8) && !v.isVerb(k) && !v.lower(k).equals(","); k--) {
            if (v.lower(k).equals("of") && v.isNoun(k - 1)) {
                head = k - 1; // "the president of the park was shot dead"
            }
        }
        int opening = clauseStart(v, head, 14, true);
        if (v.lower(opening).equals("one") && v.lower(opening + 1).equals("of") && !v.lower(opening - 1).equals("no")) {
            // "One of the staff of Radio Dalsan has been killed"
            return new RawClaim(v, opening, trigger + 1, 1, Qualifier.EXACT, c, Group.ALL, false);
        }
        if (plural) {
            return null; // "that civilians had died": people of no number, not one of them (but "One of the officials")
        }
        String h = v.lower(head);
        if (h.equals("another") && v.pos(head).equals("DT")) {
            return new RawClaim(v, head, trigger + 1, 1, Qualifier.EXACT, c, Group.ALL, false); // "and another was injured"
        }
        if (Lexicon.ZERO_WORDS.contains(h) || h.equals("one") && v.lower(head - 1).equals("no") || v.pos(head).equals("CD")
                || v.ner(head) == EntityType.NUMBER) {
            return null;
        }
        boolean person = !v.pos(head).equals("NNS") && (v.ner(head) == EntityType.PERSON || v.pos(head).equals("PRP")
                || isPersonNoun(v, head));
        if (!person) {
            // "A Muslim cleric in Russia's restive Dagestan was shot dead", "..., who is also the director of a local
            // business, has been killed": the first noun of the phrase back to its verb
            int k = firstNounRun(v, opening, aux);
            if (k >= 0) {
                person = singlePerson(v, k, aux);
                head = person ? personIn(v, k, aux) : head;
            }
        }
        if (!person) {
            // "A priest who was a critic of the church establishment has been stabbed to death", "Swedish radio
            // journalist Nils Horner, who also held British citizenship, was shot dead": the sentence's subject
            int k = firstNounRun(v, clauseStart(v, head, 40, false), aux);
            if (k < 0 || !singlePerson(v, k, aux)) {
                return null;
            }
            head = personIn(v, k, aux);
        }
        h = v.lower(head);
        return new RawClaim(v, head, trigger + 1, 1, Qualifier.EXACT, c, singleGroup(h), false);
    }

    /** A plural noun for people by role: "doctors", "passengers", "members", "tribesmen". */
    static boolean humanNounPlural(String w) {
        if (w.length() > 4 && w.endsWith("men")) {
            return !Lexicon.NON_PERSON_HEADS.contains(w); // "tribesmen", "policemen", "fishermen"
        }
        String one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        return w.endsWith("s") && (humanNoun(one) || Lexicon.PERSON_HEADS.containsKey(w)) && !Lexicon.NON_PERSON_HEADS.contains(w);
    }

    /** Where the clause holding token {@code from} starts: back to a sentence stop, or also to a verb. */
    private static int clauseStart(SentenceView v, int from, int reach, boolean stopAtVerb) {
        int start = from;
        while (start > 0 && from - start < reach && !v.lower(start - 1).equals(";") && !v.lower(start - 1).equals(".")
                && !(stopAtVerb && (v.isVerb(start - 1) || v.lower(start - 1).equals("that")))) {
            start--;
        }
        return start;
    }

    /** The first noun from {@code from} before {@code end} that is not a date, or -1. */
    private static int firstNounRun(SentenceView v, int from, int end) {
        for (int k = from; k < end; k++) {
            if (v.isNoun(k) && v.ner(k) != EntityType.DATE && v.ner(k) != EntityType.TIME) {
                return k;
            }
        }
        return -1;
    }

    /** The person noun or name in the run of nouns at k ("Swedish radio journalist Nils Horner"), or k. */
    private static int personIn(SentenceView v, int k, int end) {
        for (int r = k; r < end && v.isNoun(r); r++) {
            if (isPersonNoun(v, r) || v.ner(r) == EntityType.PERSON) {
                return r;
            }
        }
        return k;
    }

    /** True when the run of nouns at k names one person: singular, a person noun or a name, not a list. */
    private static boolean singlePerson(SentenceView v, int k, int end) {
        int r = personIn(v, k, end);
        return (isPersonNoun(v, r) || v.ner(r) == EntityType.PERSON) && !v.pos(r).endsWith("S")
                && (!v.lower(r + 1).equals("and") || oneWithTwoRoles(v, r + 1));
    }

    /** "an elder and former jihadi": after "and", a role with no determiner of its own, so the same person. */
    private static boolean oneWithTwoRoles(SentenceView v, int and) {
        int k = and + 1;
        while (k < v.size() && v.pos(k).equals("JJ")) {
            k++;
        }
        if (k > and + 1 && AUXILIARIES.contains(v.lower(k))) {
            return true; // "a tribal elder and former jihadi has been killed": the tagger's adjective is the role
        }
        String verb = v.lower(k + 1);
        boolean plural = verb.equals("were") || verb.equals("are") || verb.equals("have"); // "a woman and child were killed": two
        return k < v.size() && v.pos(k).equals("NN") && !v.pos(k + 1).startsWith("NN") && !plural;
    }

    /** A singular noun for a person by role or kin, in lower or title case ("a Member of Parliament"). */
    static boolean isPersonNoun(SentenceView v, int k) {
        String n = v.lower(k);
        return (v.pos(k).equals("NN") || v.pos(k).equals("NNP")) && (humanNoun(n) || Lexicon.PERSON_HEADS.containsKey(n))
                && !Lexicon.NON_PERSON_HEADS.contains(n);
    }

    /**
     * Where the object starts after a place or time set between verb and object: "shot dead in Mogadishu a
     * court employee", "killed on Monday a local official"; {@code at} itself when none is.
     */
    private static int afterPlaceAndTime(SentenceView v, int at) {
        int k = at;
        while (k < v.size() && (v.ner(k) == EntityType.DATE || v.ner(k) == EntityType.TIME)) {
            k++;
        }
        if (k < v.size() && (v.lower(k).equals("in") || v.lower(k).equals("on") || v.lower(k).equals("at"))) {
            int j = k + 1;
            while (j < v.size() && (v.ner(j) == EntityType.LOCATION || v.ner(j) == EntityType.DATE || v.ner(j) == EntityType.TIME)) {
                j++;
            }
            if (j > k + 1) {
                k = j;
            }
        }
        String w = v.lower(k);
        return k > at && (w.equals("a") || w.equals("an") || w.equals("the")) ? k : at;
    }

    /** Words that open one victim as a verb's object: "a teacher", "another man", "his wife". */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("a", "an", "the", "another", "his", "her");

    private static RawClaim objectSingle(SentenceView v, int from, Category c) {
        String first = v.lower(from);
        if (v.pos(from).equals("PRP") && (first.equals("him") || first.equals("her"))) {
            return new RawClaim(v, from, from + 1, 1, Qualifier.EXACT, c, first.equals("her") ? Group.WOMEN : Group.ALL, false);
        }
        boolean titled = false;
        for (int k = from; k < Math.min(v.size(), from + 4) && (v.isNoun(k) || v.pos(k).equals("JJ") && k == from); k++) {
            titled |= v.ner(k) == EntityType.PERSON && k > from; // "killed police chief Mira Jan", "killed Somali cleric X"
        }
        if ((first.equals("a") || first.equals("another")) && v.ner(from + 1) == EntityType.ORDINAL && !v.isNoun(from + 2)) {
            return new RawClaim(v, from, from + 2, 1, Qualifier.EXACT, c, Group.ALL, false); // "killed five men and wounded a sixth"
        }
        if (!(OBJECT_DETERMINERS.contains(first) || v.ner(from) == EntityType.PERSON || titled)) {
            return null;
        }
        if (titled) {
            Group g = Group.ALL;
            for (int k = from; k < from + 4 && v.ner(k) != EntityType.PERSON; k++) {
                Group h = Lexicon.PERSON_HEADS.get(v.lower(k));
                g = h != null && h != Group.ALL ? h : g;
            }
            return new RawClaim(v, from, from + 1, 1, Qualifier.EXACT, c, g == Group.CIVILIANS ? Group.ALL : g, false);
        }
        int j = from + 1;
        int head = v.ner(from) == EntityType.PERSON ? from : -1;
        int role = -1; // a role the tagger read as an adjective: "a Swiss national", "a female"
        while (j < v.size() && j < from + 6 && (v.pos(j).startsWith("NN") || v.pos(j).startsWith("JJ") || v.pos(j).equals("POS")
                || v.pos(j).equals("HYPH") || j == from + 1 && (v.pos(j).equals("VBG") || v.pos(j).equals("VBN"))
                && v.pos(j + 1).startsWith("NN"))) { // "a serving member", "a retired general"
            if (v.pos(j).startsWith("NN")) {
                head = j;
            } else if (v.pos(j).startsWith("JJ") && KIN_AND_ROLES.contains(v.lower(j))) {
                role = j;
            }
            j++;
        }
        if (role >= 0 && (head < 0 || !humanNoun(v.lower(head)) && !Lexicon.PERSON_HEADS.containsKey(v.lower(head)))) {
            head = role;
        }
        // "a leader and mediator" is one person; "a man and a woman", "a man and his son" are two; "a farmer and wounded his wife" is one
        boolean two = v.lower(j).equals("and") && !v.isVerb(j + 1) && !(v.pos(j + 1).equals("NN") && !v.pos(j + 2).startsWith("NN"));
        if (head < 0 || v.pos(head).endsWith("S") || two) {
            return null;
        }
        String h = v.lower(head);
        boolean person = v.ner(head) == EntityType.PERSON || Lexicon.PERSON_HEADS.containsKey(h) || humanNoun(h)
                || head == role;
        if (!person || Lexicon.NON_PERSON_HEADS.contains(h)) {
            return v.lower(j).equals("of") ? titledAfterOf(v, from, j, c) : null;
        }
        return new RawClaim(v, from, j, 1, Qualifier.EXACT, c, singleGroup(h), false);
    }

    /**
     * "killed the Council of Imams and Preachers of Kenya (CIPK) chairman Sheikh Mohammed Idris": a body's name,
     * then a role and a person's name, is one person, the role's holder; null when no such name follows.
     */
    private static RawClaim titledAfterOf(SentenceView v, int from, int of, Category c) {
        for (int k = of + 1; k < Math.min(v.size(), of + 16) && !v.isVerb(k) && !v.lower(k).equals(",")
                && !v.lower(k).equals("."); k++) {
            if (v.ner(k) != EntityType.PERSON) {
                continue;
            }
            int r = k - 1;
            while (r > of && r >= k - 3 && v.pos(r).startsWith("NNP") && v.ner(r) != EntityType.PERSON) {
                r--; // an honorific: "Sheikh", "Hon", "Gen."
            }
            String role = v.lower(r);
            if (r > of && v.pos(r).startsWith("NN") && !v.pos(r).endsWith("S")
                    && (humanNoun(role) || Lexicon.PERSON_HEADS.containsKey(role) || KIN_AND_ROLES.contains(role))) {
                int end = k;
                while (end < v.size() && v.ner(end) == EntityType.PERSON) {
                    end++;
                }
                return new RawClaim(v, from, end, 1, Qualifier.EXACT, c, Group.ALL, false);
            }
            return null;
        }
        return null;
    }

    /** People named by kin, sex or a role the suffixes above miss. */
    private static final Set<String> KIN_AND_ROLES = Set.of("cousin", "brother", "sister", "son", "daughter", "wife",
            "husband", "father", "nephew", "niece", "uncle", "aunt", "female", "male", "youth", "deputy", "secretary",
            "critic", "ustaz", "nurse", "medic", "monk", "nun", "bishop", "poet", "citizen", "emir", "mullah", "chieftain",
            "head", "member", "national");

    /** Nouns for people by role: "teacher", "journalist", "official", "commander", "chief"; WordNet's persons. */
    private static boolean humanNoun(String h) {
        return h.endsWith("er") || h.endsWith("or") || h.endsWith("ist") || h.endsWith("ian") || h.endsWith("man") || h.endsWith("men")
                || h.endsWith("woman") || h.endsWith("ant") || h.endsWith("ent") || h.endsWith("chief") || h.endsWith("cial")
                || h.equals("mp") || h.endsWith("guard") || h.equals("mayor") || h.equals("judge") || h.equals("leader") || h.equals("head")
                || h.equals("imam") || h.equals("cleric") || h.equals("aide") || h.equals("driver") || h.equals("guard")
                || h.equals("boy") || h.equals("girl") || h.equals("child") || h.equals("activist") || h.equals("priest")
                || h.equals("cleric") || h.equals("native") || h.equals("relative") || h.equals("candidate") || h.equals("chief")
                || h.equals("teacher") || h.equals("student") || h.equals("pupil") || h.equals("victim") || h.equals("person")
                || h.equals("inmate") || h.equals("pilgrim") || h.equals("member") || h.equals("employee") || h.equals("national")
                || h.equals("elder") || h.equals("staffer") || h.equals("sheikh") || h.equals("detective") || h.equals("refugee")
                || h.equals("migrant") || h.equals("protester") || h.equals("demonstrator") || h.equals("hostage")
                || KIN_AND_ROLES.contains(h) || WordNet.isPerson(h);
    }

    private static Group singleGroup(String head) {
        Group g = Lexicon.PERSON_HEADS.get(head);
        if (g == null && (head.endsWith("policeman") || head.equals("commander") || head.equals("guard"))) {
            return Group.COMBATANTS;
        }
        return g == null || g == Group.CIVILIANS ? Group.ALL : g;
    }

    /** Numbers, vague amounts and "no" in the sentence, in order. */
    private static List<Amount> amounts(SentenceView v) {
        List<Amount> out = new ArrayList<>();
        int covered = -1;
        for (int i = 0; i < v.size(); i++) {
            if (i < covered) {
                continue;
            }
            EntityMention m = v.mentionAt(i);
            String w = v.lower(i);
            if (m != null && m.type() == EntityType.DATE && yearLikeCount(v, m)) {
                // "more than 1400 people": a count the tagger took for a year
                out.add(new Amount(i, m.lastToken(), Integer.valueOf(m.text().strip()), false, false));
                covered = m.lastToken();
                continue;
            }
            if (m != null && m.type() == EntityType.NUMBER && m.lastToken() == i + 1 && spacedThousands(v, i)) {
                // "Over 1 000 civilians have been killed": digits grouped by a space, as a text whose commas were lost writes them
                out.add(new Amount(i, i + 2, Integer.parseInt(v.lower(i)) * 1000 + Integer.parseInt(v.lower(i + 1)), false, false));
                covered = i + 2;
                continue;
            }
            if (m != null && m.type() == EntityType.NUMBER) {
                covered = m.lastToken();
                if (v.lower(i - 1).equals(",") && v.ner(i - 2) == EntityType.PERSON && v.lower(covered).equals(",")) {
                    continue; // an age: "Shahnaz Nazli, 41, was shot dead"
                }
                String text = m.text().toLowerCase(Locale.ROOT);
                boolean vague = Lexicon.VAGUE_AMOUNTS.contains(text) || text.matches("(several|many) (dozens|hundreds|thousands)")
                        || ROUND_NUMBERS.contains(text) && FEW.contains(v.lower(i - 1)) // "several dozen wounded", "a few hundred"
                        || text.equals("dozen") && !COUNTS_A_DOZEN.contains(v.lower(i - 1)); // "and dozen others": dozens
                java.util.regex.Matcher range = RANGE_TOKEN.matcher(text);
                if (range.matches()) {
                    int low = Integer.parseInt(range.group(1));
                    int high = Integer.parseInt(range.group(2));
                    if (low >= high) {
                        continue; // "won 3-1", "losing 7-6": a score, not a range of figures
                    }
                    // "in the 100-130 range": two figures in one token
                    out.add(new Amount(i, covered, low, false, false));
                    out.add(new Amount(i, covered, high, false, false));
                } else if (vague) {
                    out.add(new Amount(i, covered, null, true, false));
                } else if (isAge(v, i, covered)) {
                    continue; // "children younger than 15", "a 7-year-old", "aged 12"
                } else if (text.length() > 1 && text.charAt(0) == '0' && Character.isDigit(text.charAt(1))) {
                    continue; // "... 016 Tags civilian deaths", "07": a code or a clipped year, no count is written so
                } else if (YEAR.matcher(text).matches() && DEFINITE.contains(v.lower(i - 1))) {
                    continue; // "the 2005 deaths and ensuing riots", "its 1988 massacre": a year the tagger read as a count
                } else if (numberedName(v, i, covered)) {
                    continue; // "the councillor representing Ward 4 was strangled": a name's number, not a count
                } else if (text.equals("one") && oneByOne(v, i, covered)) {
                    continue; // "executed one by one", "fell one after another": a manner, not a count
                } else if (text.equals("one") && (v.lower(covered).equals("of") || Lexicon.NON_PERSON_HEADS.contains(v.lower(covered))
                        || v.lower(i - 1).equals("no"))) {
                    continue; // "in one of the deadliest attacks"; "no one was killed" is the zero "no" already read
                } else if (m.number() != null && m.number() >= 0 && m.number() < 1_000_000 && m.number() == Math.floor(m.number())
                        && !text.matches(".*\\d{1,2}:\\d\\d.*")) {
                    int value = (int) Math.round(m.number());
                    out.add(new Amount(i, covered, withArticle(v, i) == i - 2 ? value / 2 : value, false, false)); // "half a dozen"
                }
            } else if (Lexicon.VAGUE_AMOUNTS.contains(w) && v.ner(i) != EntityType.DATE) {
                // "tens of thousand people": one vague amount, not tens and a thousand
                covered = v.lower(i + 1).equals("of") && ROUND_NUMBERS.contains(v.lower(i + 2)) ? i + 3 : i + 1;
                out.add(new Amount(i, covered, null, true, false));
            } else if (Lexicon.ZERO_WORDS.contains(w) || DENIALS.contains(w) && deniedPeople(v, i) > 0) {
                out.add(new Amount(i, i + 1, 0, false, true));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ONE_TO_THREE_DIGITS = java.util.regex.Pattern.compile("[1-9]\\d{0,2}");
    private static final java.util.regex.Pattern THREE_DIGITS = java.util.regex.Pattern.compile("\\d{3}");

    /** "1 000", "12 500": a number of one to three digits and one of three, each a token of its own, side by side. */
    private static boolean spacedThousands(SentenceView v, int i) {
        return ONE_TO_THREE_DIGITS.matcher(v.lower(i)).matches() && THREE_DIGITS.matcher(v.lower(i + 1)).matches()
                && v.ner(i + 1) == EntityType.NUMBER;
    }

    private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "denying");
    private static final Set<String> WHOSE = Set.of("its", "their", "his", "her", "any");

    /**
     * Where the people a denial is about are named: "The Taliban denied its fighters were present", "denied that any
     * Afghan civilians were killed"; -1 when no people follow ("denied reports that it targeted the hospital",
     * "denied killing civilians": the act, not a count).
     */
    private static int deniedPeople(SentenceView v, int deny) {
        int j = deny + 1;
        if (v.lower(j).equals("that")) {
            j++;
        }
        if (WHOSE.contains(v.lower(j))) {
            j++;
        }
        for (int adjectives = 0; adjectives < 2 && (v.pos(j).startsWith("JJ") || v.pos(j).startsWith("NNP")); adjectives++) {
            j++;
        }
        return j < v.size() && Lexicon.PERSON_HEADS.containsKey(v.lower(j)) ? j : -1;
    }

    /** Words that add one group of people to another: "73 soldiers, in addition to 26 civilians". */
    private static final java.util.regex.Pattern ADDING = java.util.regex.Pattern.compile(
            ",? ?(?:in addition to|as well as|along with|alongside|besides|together with|plus) (?:(?:at least|more than|some|about) )?");

    /** Whether only words that add a group stand between a figure's phrase ending at {@code npEnd} and the next figure. */
    private static boolean addsTo(SentenceView v, int npEnd, int next) {
        if (next >= v.size() || next - npEnd > 6) {
            return false;
        }
        StringBuilder between = new StringBuilder();
        for (int k = npEnd; k < next; k++) {
            between.append(v.lower(k)).append(' ');
        }
        return ADDING.matcher(between).matches();
    }

    /**
     * Whether more of a list's people, then "and" and the next figure, follow a figure's phrase ending at {@code npEnd}:
     * "120 soldiers and pro-regime militiamen and several dozen Kurdish fighters". The list ends with one verb for all.
     */
    private static boolean nounsThenFigure(SentenceView v, int npEnd, int next) {
        int end = qualifierStart(v, next);
        end = FEW.contains(v.lower(end - 1)) ? end - 1 : end;
        if (next >= v.size() || end - npEnd > 8 || end - npEnd < 3 || !v.lower(npEnd).equals("and")
                || !v.lower(end - 1).equals("and")) {
            return false;
        }
        boolean noun = false;
        for (int k = npEnd + 1; k < end - 1; k++) {
            String p = v.pos(k);
            noun |= p.startsWith("NN");
            if (!(p.startsWith("NN") || p.equals("JJ") || p.equals("HYPH"))) {
                return false;
            }
        }
        return noun;
    }

    /** Whether "as" at {@code i} ends "as well as" before a figure: "73 soldiers, as well as 26 civilians". */
    private static boolean addsFigure(SentenceView v, int i) {
        return v.lower(i - 1).equals("well") && v.lower(i - 2).equals("as") && figureWithin(v, i + 1, i + 4);
    }

    /** "one by one", "one after another", "one after the other": either "one" of the idiom. */
    private static boolean oneByOne(SentenceView v, int first, int end) {
        String next = v.lower(end);
        boolean opens = next.equals("by") && v.lower(end + 1).equals("one")
                || next.equals("after") && (v.lower(end + 1).equals("another") || v.lower(end + 1).equals("the") && v.lower(end + 2).equals("other"));
        return opens || v.lower(first - 1).equals("by") && v.lower(first - 2).equals("one");
    }

    /** A year written as a bare number: "2016". */
    static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");
    /** Words that make a following year-like figure a year: "the 2005 deaths". */
    private static final Set<String> DEFINITE = Set.of("the", "its", "their", "his", "her", "this", "that", "these", "those");

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("are", "is", "were", "was", "been", "have",
            "has", "had", "be", "being", "to", "reportedly", "believed", "estimated", "thought", "feared", "confirmed",
            "also", "now", "so", "far", "since", "allegedly", "likely", "presumed");

    private static boolean onlyAuxiliaries(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!AUXILIARIES.contains(v.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** A bare three- or four-digit "year" that counts people: after "more than", "at least", or before "people". */
    private static boolean yearLikeCount(SentenceView v, EntityMention m) {
        if (!m.text().strip().matches("\\d{3,4}") || m.lastToken() - m.firstToken() != 1) {
            return false;
        }
        int i = m.firstToken();
        String next = v.lower(m.lastToken());
        boolean qualified = Lexicon.qualifier(v.lower(i - 2), v.lower(i - 1)) != Qualifier.EXACT
                || v.lower(i - 1).equals("than") || v.lower(i - 1).equals("killing") || v.lower(i - 1).equals("killed");
        // "the death toll estimated between 500 and 1300": the high end of a range of counts
        boolean rangeEnd = v.lower(i - 1).equals("and") && v.ner(i - 2) == EntityType.NUMBER && v.lower(i - 3).equals("between");
        return qualified || rangeEnd || Lexicon.PERSON_HEADS.containsKey(next);
    }

    /**
     * Digits between a capitalised proper noun and a verb that is no casualty verb ("representing Ward 4 was
     * strangled", "Ziad 13 suffered a head injury"): the number of a named thing, or an age, not a count. Not
     * "Al-Awsat English 58 Killed" in a headline.
     */
    private static boolean numberedName(SentenceView v, int first, int end) {
        if (first < 1 || end - first != 1 || !v.lower(first).matches("\\d+") || !v.pos(first - 1).startsWith("NNP")
                || !Character.isUpperCase(v.tokens.get(first - 1).text().charAt(0)) || v.ner(first - 1) == EntityType.DATE) {
            return false;
        }
        String verb = end < v.size() ? v.tokens.get(end).text() : "";
        return (v.pos(end).startsWith("VB") || v.pos(end).equals("MD")) && !verb.isEmpty() && Character.isLowerCase(verb.charAt(0))
                && casualtyAt(v, end) == null && casualtyAt(v, first - 1) == null; // not "Agency 10 IS militants"
    }

    /**
     * An age, not a count: "aged 12", "14 years old", "a 7-year-old", "younger than 15", and either end of a range of
     * ages ("between 6 and 14 years old", "aged 6 to 14", "aged between 6 and 14").
     */
    private static boolean isAge(SentenceView v, int first, int end) {
        if (singleAge(v, first, end)) {
            return true;
        }
        String joint = v.lower(end);
        if ((joint.equals("to") || joint.equals("and") && v.lower(first - 1).equals("between")) && ageNumber(v, end + 1)
                && singleAge(v, end + 1, end + 2)) {
            return true; // the low end of "between 6 and 14 years old"
        }
        String before = v.lower(first - 1);
        return (before.equals("to") || before.equals("and") && v.lower(first - 3).equals("between")) && first >= 2
                && ageNumber(v, first - 2) && singleAge(v, first - 2, first - 1); // the high end of "aged 6 to 14"
    }

    /** Words of an age phrase after a noun: "between 6 and 14 years old", "aged 10 to 15", "under the age of 18". */
    private static final Set<String> AGE_WORDS = Set.of("aged", "between", "and", "to", "from", "years", "year", "old",
            "under", "below", "younger", "than", "the", "age", "of", "-");

    /** An age phrase after a figure's noun: where it ends, and whether it makes all the figure counts children. */
    private record AgePhrase(int end, boolean children) {
    }

    /**
     * The age phrase right after a figure's noun, or null: "45 students between 6 and 14 years old" (children),
     * "eight boys aged 10 to 15", "people under the age of 18", "men aged 18 to 40" (not children).
     */
    private static AgePhrase agePhrase(SentenceView v, int at) {
        int k = v.lower(at).equals(",") ? at + 1 : at;
        String w = v.lower(k);
        boolean under = w.equals("under") || w.equals("below") || w.equals("younger");
        int oldest = -1;
        int end = -1;
        for (int i = k; i < Math.min(v.size(), k + 8); i++) {
            if (v.lower(i).matches("\\d{1,3}") && (under || isAge(v, i, i + 1))) {
                oldest = Math.max(oldest, Integer.parseInt(v.lower(i)));
                end = v.lower(i + 1).equals("years") && v.lower(i + 2).equals("old") ? i + 3 : i + 1;
                if (under) {
                    break; // "under the age of 18 and 20 men ...": one bound
                }
            } else if (!AGE_WORDS.contains(v.lower(i))) {
                break;
            }
        }
        return oldest < 0 ? null : new AgePhrase(end, under ? oldest <= 18 : oldest < 18);
    }

    /** One token of a number, whatever the tagger made of it ("14 years old" is a duration). */
    private static boolean ageNumber(SentenceView v, int i) {
        return v.ner(i) == EntityType.NUMBER || v.lower(i).matches("\\d{1,3}");
    }

    private static boolean singleAge(SentenceView v, int first, int end) {
        String before = v.lower(first - 1);
        String two = v.lower(first - 2);
        return before.equals("aged") || before.equals("age") || before.equals("than") && (two.equals("younger") || two.equals("older"))
                || (before.equals("between") || before.equals("from")) && (two.equals("aged") || two.equals("age"))
                || before.equals("of") && two.equals("age") // "under the age of 10"
                || v.lower(end).equals("years") && v.lower(end + 1).equals("old") || v.lower(end).startsWith("-year")
                || v.lower(first).matches("\\d+-year-olds?");
    }

    private static RawClaim claim(SentenceView v, Amount a, int nextAmount, List<RawClaim> before) {
        int np = a.end();
        // "dozens of civilians", "five of them"
        // "of whom five were children": a part named before its figure
        int qualStart = qualifierStart(v, a.first());
        boolean ofThem = a.first() >= 2 && v.lower(a.first() - 1).equals("whom") && v.lower(a.first() - 2).equals("of")
                || !before.isEmpty() && ofTheWhole(v, qualStart, before.get(before.size() - 1));
        if (v.lower(np).equals("of")) {
            String after = v.lower(np + 1);
            if (after.equals("them") || after.equals("whom") || after.equals("those")) {
                ofThem = true;
                np += 2;
            } else if (a.vague()) {
                np++;
            } else if (after.equals("its") || after.equals("their") || after.equals("his") || after.equals("her")
                    || after.equals("our")) {
                np += 2; // "10 of its nationals", "five of their relatives": the people the figure counts
            }
        }
        // the noun phrase after the figure: modifiers then a head
        int head = -1;
        Category inPhrase = null;
        int j = np;
        while (j < v.size() && j < np + 6) {
            String w = v.lower(j);
            String p = v.pos(j);
            if ((w.equals("(") || w.equals("-lrb-")) && head >= 0) {
                int close = v.find(j + 1, j + 5, ")", "-rrb-");
                if (close > 0) {
                    j = close + 1;
                    continue;
                }
            }
            Category c = Lexicon.category(v.lemma(j), w);
            if (c != null && casualtyNoun(v, j) != null) {
                inPhrase = c;
                j++;
                break;
            }
            if (v.ner(j) == EntityType.DATE || v.ner(j) == EntityType.TIME || v.ner(j) == EntityType.NUMBER) {
                break;
            }
            boolean named = (v.ner(j) == EntityType.ORGANIZATION || v.ner(j) == EntityType.MISC) && v.isNoun(j + 1);
            boolean compound = v.pos(j + 1).equals("HYPH") && j + 2 < v.size(); // "off-duty", split by the tokenizer
            // "nine IS fighters": a group's initials before a noun, whatever the tagger made of them ("IS" as a verb)
            boolean initials = v.tokens.get(j).text().matches("\\p{Lu}{2,5}") && v.isNoun(j + 1);
            if (p.startsWith("NN") || p.equals("JJ") || p.equals("HYPH") || p.equals("POS") || (p.equals("VBN") && c == null)
                    || p.equals("JJR") || w.equals("-") || named || compound || initials) {
                if (p.startsWith("NN")) {
                    head = j;
                }
                j++;
                boolean bracket = v.lower(j).equals("(") || v.lower(j).equals("-lrb-");
                if (p.startsWith("NN") && !(v.pos(j).startsWith("NN") || v.pos(j).equals("POS") || bracket)
                        || p.equals("NNS") && v.ner(j) == EntityType.PERSON) {
                    break; // "two television programmes Ahmed Karimi was murdered": a name after a plural starts its own phrase
                }
                continue;
            }
            break;
        }
        int npEnd = j;
        if (head == np && head + 1 == j && v.lower(head).equals("range")) {
            head = -1; // "in the 100-130 range": the figure's frame, no noun of people
        }
        Group group = null;
        boolean unknownHead = false;
        if (head >= 0 && inPhrase == null && poisoned(v, head)) {
            inPhrase = Category.INJURED; // "35 cases of suffocation": people poisoned, each a case
            npEnd = head + 3;
        } else if (head >= 0) {
            String h = v.lower(head);
            if (Lexicon.NON_PERSON_HEADS.contains(h) || v.ner(head) == EntityType.DATE || v.ner(head) == EntityType.LOCATION) {
                return null;
            }
            group = groupOfPhrase(v, np, npEnd, head);
            AgePhrase age = agePhrase(v, npEnd);
            if (age != null) {
                group = group == Group.ALL && age.children() ? Group.CHILDREN : group;
                npEnd = age.end();
            }
            String singular = h.endsWith("s") ? h.substring(0, h.length() - 1) : h;
            unknownHead = !Lexicon.PERSON_HEADS.containsKey(h) && group == Group.ALL && !h.equals("members") && !h.equals("member")
                    && !humanNoun(singular);
        }
        if (ofThem) {
            // "five of them were children"
            int be = v.find(npEnd, npEnd + 2, "were", "was", "are", "is");
            if (be >= 0) {
                Group g = Lexicon.PERSON_HEADS.get(v.lower(be + 1));
                if (g != null) {
                    group = g;
                    npEnd = be + 2;
                }
            }
        }
        Group all = allOfThem(v, npEnd);
        if (all != null && (group == null || group == Group.ALL)) {
            group = all; // "more than 40 people - all of them civilians - were admitted to hospital"
        }
        if (head < 0 && group == null) {
            group = victimsNamedBefore(v, qualStart); // "those targeted were Taliban fighters ... 15 were killed"
        }
        Category category = inPhrase;
        boolean part = false;
        int distance = inPhrase != null ? 0 : Integer.MAX_VALUE;
        if (v.lower(qualStart - 1).equals("by")) {
            return null; // "was shot dead by three men": the agent of the killing, not its victims
        }
        // subgroup of an earlier figure: "including three children", "among them five women"
        RawClaim parent = before.isEmpty() ? null : before.get(before.size() - 1);
        if (parent != null && (introducesPart(v, qualStart) || ofThem || continuesParts(v, qualStart, parent))
                && !figureWithin(v, parent.last(), qualStart)) {
            part = true;
        }
        // "561 children (557 Palestinian, four Israeli)", "30 people (20 civilians and 10 fighters)": a breakdown in brackets
        boolean bracketed = parent != null && !parent.part() && inBracketAfter(v, parent.last(), qualStart);
        part |= bracketed;
        if (parent != null && !part && apposedPart(v, qualStart, parent, a, group) && !casualtyVerbAfter(v, npEnd)) {
            part = true; // "killed at least 26 people, 18 children and eight teachers": who the people were
        }
        // "Among the dead were seven people killed as they queued": a participle of killing right after still lists them
        boolean killedAfter = casualtyAt(v, npEnd) == Category.KILLED && v.isVerb(npEnd);
        if (deadListBefore(v, qualStart) && inPhrase == null && (!casualtyVerbAfter(v, npEnd) || killedAfter)) {
            // "Among the dead were 22 children", "the dead included 8 children and 5 women"
            inPhrase = Category.KILLED;
            category = Category.KILLED;
            distance = 0;
            part = true;
        }
        if (category == null && inCondition(v, npEnd)) {
            // "more than 30 people are in critical condition": hurt, whatever toll the sentence names before
            category = Category.INJURED;
            distance = 0;
        }
        if (category == null) {
            int limit = nextAmount;
            if (nextAmount < v.size() && nextAmount - npEnd == 1 && v.lower(npEnd).equals("and") && head >= 0
                    && !v.isVerb(nextAmount + 1)) {
                // "four civilians and three agents were killed": both figures take the verb after the second
                limit = v.size();
            }
            boolean partNext = nextAmount + 2 < v.size() && v.lower(nextAmount + 1).equals("of")
                    && (v.lower(nextAmount + 2).equals("them") || v.lower(nextAmount + 2).equals("whom"));
            if (v.find(npEnd, nextAmount, "including", "among") >= 0 || partNext && v.lower(npEnd).equals(",")) {
                // "63 people, including 36 civilians, have been killed", "Six people, two of them children, were
                // killed": the verb follows the parts
                limit = v.size();
            }
            if (head >= 0 && nounsThenFigure(v, npEnd, nextAmount)) {
                limit = v.size(); // "120 soldiers and pro-regime militiamen and several dozen Kurdish fighters were killed"
            }
            if (addsTo(v, npEnd, nextAmount)) {
                limit = v.size(); // "73 soldiers, in addition to 26 civilians, have been killed": both take the verb after
            }
            int from = afterInterjection(v, ofOneFamily(v, npEnd));
            if (from > npEnd || npEnd > nextAmount) { // the next figure stands in an aside the figure's phrase spans
                limit = v.size();
            }
            int[] right = rightTrigger(v, from, limit, object(v, qualStart));
            int[] left = leftTrigger(v, qualStart);
            if (left != null && left[1] <= 2 && !(right != null && right[1] == 0)) {
                // "killed 22 people and wounded 80": the verb right before the figure governs it, unless a
                // headline's participle follows the figure at once ("Two killed 5 others injured in attack")
                right = null;
            }
            if (right != null && (left == null || right[1] <= left[1])) {
                category = Category.values()[right[0]];
                distance = right[1];
            } else if (left != null) {
                category = Category.values()[left[0]];
                distance = left[1];
            }
        }
        if (category == null && qualStart >= 3 && v.lower(qualStart - 3).equals("a") && v.lower(qualStart - 2).equals("total")
                && v.lower(qualStart - 1).equals("of") && v.lower(qualStart - 4).equals(",")) {
            // "killed him and his entire family, a total of six people": the sum of the victims the verb took
            for (int k = qualStart - 5; k >= 0 && category == null; k--) {
                Category c = casualtyAt(v, k);
                if (c != null && activeVerb(v, k)) {
                    category = c;
                    distance = 0;
                }
            }
        }
        if (category == null && parent != null && revised(v, qualStart)) {
            // "killed 79 [later updated to 200] people": the same toll, revised
            category = parent.category();
            group = group == null || group == Group.ALL ? parent.group() : group;
            distance = 0;
            part = false;
        } else if (category == null && parent == null && revised(v, qualStart) && CORRECTING.contains(v.lemma(qualStart - 2))
                && head < 0 && !injuryIn(v)) {
            // "... an initial death toll of 47. This was later updated to 82 on Sunday": a toll revised, with no word of
            // injury in its sentence
            category = Category.KILLED;
            distance = 0;
        }
        if (category == null && head < 0 && parent != null && elided(v, parent, qualStart, a.end())) {
            // "killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib province": the same verb, the same people
            category = parent.category();
            group = parent.group();
            distance = 0;
        }
        if (category == null && part && parent != null) {
            category = parent.category();
        }
        if (category == null && head >= 0 && parent != null && parent.category() == Category.KILLED
                && (v.lower(head).equals("others") || v.lower(head).equals("more")) && onlyDeadVerbAfter(v, npEnd)) {
            // "75 bodies were brought into the hospitals, while 10 others had been buried": more dead, told by what was
            // done with them
            category = Category.KILLED;
            distance = 0;
        }
        if (category == null) {
            return null;
        }
        if (unknownHead && inPhrase == null && (distance > 3 || v.ner(npEnd) == EntityType.PERSON)) {
            // "two activist groups ... reported the strikes that killed": not a count of people; "two television
            // programmes Ahmed Karimi was murdered": the name after the things counted is who the verb took
            return null;
        }
        if (distance > 3 && head < 0 && onlyAuxiliaries(v, npEnd, npEnd + distance)) {
            distance = 0; // "more than 1400 are estimated to have been killed"
        }
        if (distance > 3 && head < 0 && !part && parent == null && !tollBefore(v, qualStart)) {
            // a bare number far from the casualty word: "two key strongholds ... killed" is not a toll
            return null;
        }
        // the figure a new one continues is the last whole, not a part of it: "seven people including two children were
        // killed and 30 others injured" (the others are people, not children)
        RawClaim whole = parent;
        for (int k = before.size() - 1; k >= 0 && whole != null && whole.part(); k--) {
            whole = before.get(k);
        }
        if (head >= 0 && whole != null && !part && (v.lower(head).equals("others") || v.lower(head).equals("more"))
                && whole.group() != Group.WOMEN && whole.group() != Group.CHILDREN) {
            // "killing five policemen and wounding two others"; but "killing one woman and injuring four others" names the
            // others by no sex or age
            group = whole.group();
        }
        if (group == null && head < 0 && category != null) {
            group = tollGroup(v, qualStart); // "the number of civilians killed rose to 45"
        }
        if (group == null) {
            group = whole != null && !part ? whole.group() : Group.ALL;
            if (part && group == null) {
                group = Group.ALL;
            }
        }
        if (bracketed && group == Group.ALL && parent.group() != Group.ALL) {
            group = parent.group(); // "561 children (557 Palestinian, four Israeli)": children too, by nationality
        }
        if (group == Group.ALL && head >= 0 && amongFigure(v, npEnd, nextAmount)) {
            // "Two Indian nationals were among five people killed": a part of the figure after it by nationality or job,
            // no group of its own, as "five people, including two Indian nationals" is
            return null;
        }
        boolean jobAfterPart = group == Group.ALL && parent != null && parent.part() && category == parent.category()
                && head >= 0 && !v.lower(head).equals("others");
        if (part && parent != null && (group == parent.group() || jobAfterPart) && (group == Group.ALL || !parent.part())) {
            // "10 patients, including 3 children": a part that names no group is no claim of its own; nor is one of
            // its whole's group ("more than 30 Taliban fighters, including nine commanders"), a subgroup by rank or job
            // (but "among them 15 police personnel and 12 ATF personnel": the second part's whole is not the first); nor one
            // by job after another part ("three children and three doctors": not all three of the dead)
            return null;
        }
        Qualifier q = a.vague() ? Qualifier.VAGUE : qualifier(v, a.first());
        if (!a.vague() && q == Qualifier.EXACT && v.lower(a.first()).contains("dozen") && a.value() != null && a.value() > 12) {
            q = Qualifier.AT_LEAST;
        }
        if (!a.vague() && q == Qualifier.EXACT && (v.lower(a.end() - 1).equals("plus")
                || v.lower(a.end()).equals("plus") && v.ner(a.end() + 1) != EntityType.NUMBER)) {
            q = Qualifier.AT_LEAST; // "another 155-plus are presumed dead", "200 plus were wounded"
        }
        if (combined(v, npEnd, nextAmount)) {
            return null;
        }
        return new RawClaim(v, qualStart, Math.max(npEnd, a.end()), a.value(), q, category, group, part);
    }

    /**
     * Where the clause resumes after an interjection set off by commas: "five natives, who resisted
     * eviction, were killed", "seven people, including two activists of the MQM, were gunned down".
     */
    private static int afterInterjection(SentenceView v, int at) {
        String open = v.lower(at);
        if (open.equals("(") || open.equals("-lrb-") || open.equals("[") || open.equals("-lsb-")) {
            // "15 people [police say only 10] were killed", "five people (locals report 10) have been killed"
            int close = v.find(at + 1, Math.min(v.size(), at + 16), ")", "-rrb-", "]", "-rsb-");
            return close > 0 ? close + 1 : at;
        }
        if (!open.equals(",")) {
            return at;
        }
        String w = v.lower(at + 1);
        boolean opens = w.equals("who") || w.equals("including") || w.equals("among") || w.equals("mostly")
                || w.equals("of") && v.lower(at + 2).equals("whom") // "eight persons of one family, of whom five were children,"
                || w.equals("mainly") || w.equals("many") || w.equals("most") || w.equals("all") || w.equals("some");
        if (!opens) {
            return at;
        }
        for (int i = at + 2; i < Math.min(v.size(), at + 32); i++) {
            if (v.lower(i).equals(",")) {
                return i + 1;
            }
            if (v.lower(i).equals(";") || v.lower(i).equals(".")) {
                return at;
            }
        }
        return at;
    }

    /** Whether an armed group we know is named from token i, in one to three words: "Daesh", "Boko Haram". */
    private static boolean armedGroupAt(SentenceView v, int i) {
        StringBuilder name = new StringBuilder();
        for (int k = i; k < Math.min(v.size(), i + 3); k++) {
            name.append(k > i ? " " : "").append(v.tokens.get(k).text());
            if (Actors.isGroupName(name.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The group a noun phrase names: its head, or a named armed group or armed body it belongs to. */
    private static Group groupOfPhrase(SentenceView v, int from, int to, int head) {
        Group g = Lexicon.PERSON_HEADS.get(v.lower(head));
        for (int i = from; i < to; i++) {
            String w = v.lower(i);
            if (w.equals("civilian")) {
                return Group.CIVILIANS;
            }
        }
        String h = v.lower(head);
        boolean members = h.equals("members") || h.equals("member") || h.equals("personnel");
        if (members && v.lower(to).equals("of")) {
            for (int i = to + 1; i < Math.min(v.size(), to + 6); i++) {
                if (Lexicon.ARMED_BODIES.contains(v.lower(i)) || v.ner(i) == EntityType.ORGANIZATION || armedGroupAt(v, i)) {
                    return Group.COMBATANTS;
                }
            }
        }
        for (int i = from; members && i < head; i++) {
            if (armedGroupAt(v, i)) {
                return Group.COMBATANTS; // "12 Daesh members", "five al-Shabaab members"
            }
        }
        if (g == null && (v.ner(head) == EntityType.ORGANIZATION || v.ner(head) == EntityType.MISC
                || Actors.isGroupName(v.tokens.get(head).text())) && v.pos(head).startsWith("NNP")
                && Countries.byNameOrDemonym(v.tokens.get(head).text()) == null && !WordNet.isPerson(v.tokens.get(head).text())) {
            // "killed 30 Taliban", "Thirteen Houthis" (a group's name the tagger missed); not "nine Chadians", who are
            // nationals of a country, nor "six Shiites" or "30 Kurds", whom WordNet knows as kinds of people, not fighters
            return Group.COMBATANTS;
        }
        if (g == Group.ALL) {
            for (int i = from; i < head; i++) {
                if (v.lower(i).equals("armed")) {
                    return Group.COMBATANTS; // "14 armed men", "three armed individuals": who carried arms
                }
                Group mod = Lexicon.PERSON_HEADS.get(v.lower(i));
                if (mod == Group.COMBATANTS || mod == Group.CIVILIANS) {
                    return mod;
                }
            }
        }
        return g == null ? Group.ALL : g;
    }

    /**
     * "among the dead were", "the dead included", "fatalities in the attack included": a list of the killed follows.
     */
    private static boolean deadListBefore(SentenceView v, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 5); i--) {
            String w = v.lower(i);
            if (w.equals("dead") || w.equals("killed") || w.equals("victims") || w.equals("fatalities") || w.equals("deaths")
                    || w.equals("casualties")) {
                String after = v.lower(i + 1);
                boolean among = v.lower(i - 1).equals("among") || v.lower(i - 2).equals("among");
                if (among && (after.equals("were") || after.equals("was") || after.equals("are"))) {
                    return true;
                }
                // "fatalities included", or with a phrase of its own: "fatalities in the attack included"
                boolean phrase = after.equals("in") || after.equals("from") || after.equals("of");
                for (int j = phrase ? i + 2 : i + 1; j < at; j++) {
                    String word = v.lower(j);
                    if (word.equals("included") || word.equals("include") || word.equals("including")) {
                        return true;
                    }
                    if (v.isVerb(j) || !phrase) {
                        return false;
                    }
                }
                return false;
            }
            if (v.isVerb(i) && !v.lemma(i).equals("be") && !v.lemma(i).equals("include")) {
                return false;
            }
        }
        return false;
    }

    /** "were among five people", "was among the 26 civilians", "are among at least 48": the figure after is its whole. */
    private static boolean amongFigure(SentenceView v, int npEnd, int nextAmount) {
        int be = v.find(npEnd, npEnd + 1, "were", "was", "are", "is");
        return be == npEnd && v.lower(be + 1).equals("among") && nextAmount < v.size() && nextAmount > be + 1
                && nextAmount - (be + 2) <= 3;
    }

    /**
     * A figure of a group set after a comma right behind a smaller whole of all people: "killed at least 26 people, 18
     * children and eight teachers"; not a figure of all ("killed 26 people, 12 others were wounded").
     */
    private static boolean apposedPart(SentenceView v, int qualStart, RawClaim parent, Amount a, Group group) {
        return v.lower(qualStart - 1).equals(",") && parent.last() == qualStart - 1 && parent.group() == Group.ALL
                && !parent.part() && group != null && group != Group.ALL && a.value() != null && parent.value() != null
                && a.value() < parent.value();
    }

    /** "... and 43 others were injured", "and more than 30 wounded": a casualty verb of the figure's own after its phrase. */
    private static boolean casualtyVerbAfter(SentenceView v, int at) {
        int k = afterAuxiliaries(v, at);
        return casualtyAt(v, k) != null && v.isVerb(k);
    }

    /** The first token from {@code at} past up to three auxiliaries: the verb of "have been killed". */
    private static int afterAuxiliaries(SentenceView v, int at) {
        int k = at;
        while (k < Math.min(v.size(), at + 3) && AUXILIARIES.contains(v.lower(k))) {
            k++;
        }
        return k;
    }

    private static boolean introducesPart(SentenceView v, int at) {
        String w1 = v.lower(at - 1);
        String w2 = v.lower(at - 2);
        return w1.equals("including") || w1.equals("includes") || w1.equals("--") || w1.equals("\u2014") || w1.equals(":") || w1.equals("include") || w2.equals("including")
                || (w2.equals("among") && (w1.equals("them") || w1.equals("whom") || w1.equals("those")))
                || (w1.equals("were") && v.lower(at - 2).equals("dead") && v.lower(at - 3).equals("the"));
    }

    /**
     * Whether a number stands in tokens [from, to) (clipped to the sentence): the whole a part belongs to is the figure
     * right before it, not an earlier toll ("5,500 civilians have been killed and more than 1.5 million people,
     * including 800,000 children, have fled": the children are of the 1.5 million who fled).
     */
    private static boolean figureWithin(SentenceView v, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, v.size()); k++) {
            if (v.ner(k) == EntityType.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** Whether a bracket opens in [from, at) and does not close: "561 children (557 Palestinian, four Israeli)". */
    private static boolean inBracketAfter(SentenceView v, int from, int at) {
        boolean open = false;
        for (int k = Math.max(0, from); k < at; k++) {
            String w = v.lower(k);
            open = w.equals("(") || w.equals("-lrb-") || open && !w.equals(")") && !w.equals("-rrb-");
        }
        return open;
    }

    /** "including five minors and three women": the second figure is a part too. */
    private static boolean continuesParts(SentenceView v, int at, RawClaim parent) {
        return parent.part() && parent.last() <= at && at - parent.last() <= 2
                && (v.lower(at - 1).equals("and") || v.lower(at - 1).equals(","));
    }

    /** Start of the qualifier words before a figure ("at least", "more than", "no fewer than"). */
    private static int qualifierStart(SentenceView v, int first) {
        first = withArticle(v, first);
        Qualifier q = qualifier(v, first);
        if (q == Qualifier.EXACT) {
            return first;
        }
        if (v.lower(first - 1).equals("than") && v.lower(first - 3).equals("no") || v.lower(first - 1).equals("as")) {
            return first - 3; // "no fewer than 11", "as many as 200"
        }
        String one = v.lower(first - 1);
        return Lexicon.qualifier("", one) != Qualifier.EXACT && Lexicon.qualifier(v.lower(first - 2), one) == Lexicon.qualifier("", one)
                && !one.equals("least") ? first - 1 : first - 2;
    }

    /** Words before a bare "dozen" that count it: "a dozen", "the dozen", "half a dozen"; without one, a dozen is dozens. */
    private static final Set<String> COUNTS_A_DOZEN = Set.of("a", "an", "the", "one", "per", "each", "every", "this", "that");

    /** Words that leave a round number uncounted: "several dozen", "a few hundred", "many thousand". */
    private static final Set<String> FEW = Set.of("several", "few", "many");

    /** Round numbers counted with an article: "a hundred", "a dozen", "a thousand". */
    private static final Set<String> ROUND_NUMBERS = Set.of("dozen", "hundred", "thousand", "million");

    /**
     * The first token of the article before a round number ("more than a hundred"), or of "half a" ("half a dozen"),
     * where its qualifier ends; else {@code first}.
     */
    private static int withArticle(SentenceView v, int first) {
        String article = v.lower(first - 1);
        if (!(article.equals("a") || article.equals("an")) || !ROUND_NUMBERS.contains(v.lower(first))) {
            return first;
        }
        return v.lower(first - 2).equals("half") ? first - 2 : first - 1;
    }

    private static Qualifier qualifier(SentenceView v, int first) {
        first = withArticle(v, first);
        String one = v.lower(first - 1);
        String two = v.lower(first - 2);
        if (one.equals("than")) {
            if (two.equals("fewer") || two.equals("less")) {
                return v.lower(first - 3).equals("no") || v.lower(first - 3).equals("not") ? Qualifier.AT_LEAST : Qualifier.UP_TO;
            }
            return two.equals("more") ? Qualifier.MORE_THAN : Qualifier.EXACT;
        }
        if (one.equals("as") && (two.equals("many") || two.equals("much")) && v.lower(first - 3).equals("as")) {
            return Qualifier.UP_TO; // "as many as 200 civilians"
        }
        return Lexicon.qualifier(two, one);
    }

    /**
     * A headline's second clause: a figure, at most two nouns and a casualty word at once ("Two killed 5 others
     * injured in attack"), which is no object of the verb before it.
     */
    private static boolean figureThenCasualty(SentenceView v, int k) {
        if (!v.pos(k).equals("CD")) {
            return false;
        }
        int j = k + 1;
        while (j < v.size() && j <= k + 2 && v.pos(j).startsWith("NN")) {
            j++;
        }
        return j < v.size() && casualtyAt(v, j) != null && !v.isNoun(j);
    }

    /** Words that can open the object of an active verb: "killed 22 people", "killed at least 5". */
    private static boolean opensObject(SentenceView v, int i) {
        String p = v.pos(i);
        String w = v.lower(i);
        return p.equals("CD") || p.equals("DT") || p.startsWith("NN") || p.equals("PRP") || p.equals("PRP$") || p.startsWith("JJ")
                || w.equals("at") || w.equals("more") || w.equals("up") || w.equals("over") || w.equals("nearly")
                || w.equals("about") || w.equals("around") || w.equals("some") || w.equals("no");
    }

    /** The token after "of one family" / "of the same family" at {@code at}, or {@code at} when no such phrase starts there. */
    private static int ofOneFamily(SentenceView v, int at) {
        if (!v.lower(at).equals("of")) {
            return at;
        }
        int k = at + 1;
        if (v.lower(k).equals("one") || v.lower(k).equals("a") || v.lower(k).equals("the")) {
            k++;
        }
        if (v.lower(k).equals("same")) {
            k++;
        }
        return k > at + 1 && (v.lower(k).equals("family") || v.lower(k).equals("household")) ? k + 1 : at;
    }

    /** What a gas attack does to those it does not kill: "cases of suffocation", "cases of asphyxiation". */
    static final Set<String> POISONINGS = Set.of("suffocation", "asphyxiation", "asphyxia", "choking", "poisoning");

    /** Whether the noun at {@code head} is "cases" of a poisoning: "35 cases of suffocation". */
    private static boolean poisoned(SentenceView v, int head) {
        return v.lower(head).equals("cases") && v.lower(head + 1).equals("of") && POISONINGS.contains(v.lower(head + 2));
    }

    /** Verbs that revise a figure just given: "[later updated to 200]", "later revised to 45". */
    private static final Set<String> REVISING = Set.of("update", "adjust", "revise", "raise", "lower", "correct", "increase");

    /** Of {@link #REVISING}, the verbs that revise a reported figure, not any amount ("prices increased to 500"). */
    private static final Set<String> CORRECTING = Set.of("update", "adjust", "revise", "correct");

    /** Whether the sentence has a word of injury. */
    private static boolean injuryIn(SentenceView v) {
        for (int k = 0; k < v.size(); k++) {
            if (casualtyAt(v, k) == Category.INJURED) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure whose qualifier starts at {@code at} follows "updated to", "revised to" (a revision). */
    private static boolean revised(SentenceView v, int at) {
        return at >= 2 && v.lower(at - 1).equals("to") && REVISING.contains(v.lemma(at - 2));
    }

    /** Words after a figure whose noun is left out: "and 22 in Idlib", "and 22 near the border". */
    private static final Set<String> AFTER_ELIDED = Set.of("in", "at", "near", "on", "from", ",", ".", "-rrb-", ")");

    /** Words after a figure whose noun is left out that place it, where a comma rather than "and" joins it to the last. */
    private static final Set<String> PLACED_AFTER_ELIDED = Set.of("in", "at", "near");

    /**
     * Whether the figure from {@code at} (its qualifier) to {@code after} repeats the earlier figure's verb and noun: it
     * follows "and" (or a comma, when a place follows it), takes no noun of its own, and no verb stands between the two
     * but the earlier figure's own ("84 civilians were killed in government air strikes and 479 in rebel attacks").
     */
    private static boolean elided(SentenceView v, RawClaim earlier, int at, int after) {
        if (at < 1 || earlier.value() == null) {
            return false;
        }
        boolean listed = v.lower(at - 1).equals(",") && after < v.size() && PLACED_AFTER_ELIDED.contains(v.lower(after));
        if (!v.lower(at - 1).equals("and") && !listed) { // "two in Cairo, three in Giza and one in Port Said"
            return false;
        }
        for (int k = earlier.last(); k < at - 1; k++) {
            boolean ownVerb = AUXILIARIES.contains(v.lower(k)) || casualtyAt(v, k) == earlier.category();
            if (v.isVerb(k) && !ownVerb || v.lower(k).equals(";")) {
                return false;
            }
        }
        return after >= v.size() || AFTER_ELIDED.contains(v.lower(after));
    }

    /**
     * "Of the 48 people treated there, about 30 were children": a figure after a comma that closes an opening "Of the"
     * phrase holding the figure before it is a part of that figure.
     */
    private static boolean ofTheWhole(SentenceView v, int at, RawClaim whole) {
        if (at < 4 || !v.lower(at - 1).equals(",") || whole.first() >= at) {
            return false;
        }
        int of = whole.first() - 2;
        while (of >= 0 && !v.lower(of).equals("of") && whole.first() - of <= 3) {
            of--; // "Of the more than 48 people": a qualifier between "the" and the figure
        }
        if (of < 0 || !v.lower(of).equals("of") || !v.lower(of + 1).equals("the")
                || of > 0 && !v.lower(of - 1).equals(",") && !v.lower(of - 1).equals("and")) {
            return false;
        }
        for (int k = whole.last(); k < at - 1; k++) {
            if (v.lower(k).equals(",")) {
                return false; // the phrase closes at the comma right before the part
            }
        }
        return true;
    }

    /** Words that name who an attack hit, before "were": "those targeted were", "the victims were". */
    private static final Set<String> VICTIM_WORDS = Set.of("those", "victims", "dead", "casualties");
    private static final Set<String> HIT_WORDS = Set.of("targeted", "killed", "hit", "struck", "attacked");

    /**
     * The group a clause before a bare figure says the attack's victims were: "He said those targeted were Taliban
     * fighters planning an operation, and that 15 were killed" (combatants), "the victims were mostly women"; null when
     * none, or when it names no group but people.
     */
    private static Group victimsNamedBefore(SentenceView v, int at) {
        for (int k = at - 1; k >= 1; k--) {
            if (!v.lower(k).equals("were") && !v.lower(k).equals("was")) {
                continue;
            }
            int w = HIT_WORDS.contains(v.lower(k - 1)) ? k - 2 : k - 1;
            if (w < 0 || !VICTIM_WORDS.contains(v.lower(w))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(at, k + 5); j++) {
                Group g = Lexicon.PERSON_HEADS.get(v.lower(j));
                if (g != null) {
                    return g == Group.ALL ? null : g;
                }
            }
        }
        return null;
    }

    /** Punctuation that opens an aside after a figure: "40 people - all of them civilians -". */
    private static final Set<String> ASIDE = Set.of(",", "-", "--", "\u2013", "\u2014", "-lrb-", "(");

    /** The group an aside right after a figure puts all its people in ("- all of them civilians", ", all women"), or null. */
    private static Group allOfThem(SentenceView v, int at) {
        if (at + 2 >= v.size() || !ASIDE.contains(v.lower(at)) || !v.lower(at + 1).equals("all")) {
            return null;
        }
        int k = at + 2;
        if (k + 1 < v.size() && v.lower(k).equals("of") && (v.lower(k + 1).equals("them") || v.lower(k + 1).equals("whom"))) {
            k += 2;
        }
        if (k < v.size() && (v.lower(k).equals("were") || v.lower(k).equals("are"))) {
            k++;
        }
        Group g = k < v.size() ? Lexicon.PERSON_HEADS.get(v.lower(k)) : null;
        return g == Group.ALL ? null : g;
    }

    /** Verbs that bring the hurt to a hospital: "were admitted to Abs hospital", "rushed to hospitals". */
    private static final Set<String> TO_HOSPITAL_VERBS = Set.of("admit", "take", "rush", "bring", "evacuate", "carry",
            "transfer", "airlift");
    /** Where the hurt are treated. */
    private static final Set<String> HOSPITALS = Set.of("hospital", "hospitals", "clinic", "clinics");

    /**
     * "were admitted to Abs hospital", "were hospitalised", "are being treated in hospital", "treated for wounds":
     * the people a figure counts were hurt.
     */
    private static boolean toHospital(SentenceView v, int i, String lemma) {
        if (v.lower(i).startsWith("hospitali")) { // "hospitalised" too, which the lemmatizer may leave as it is
            return true;
        }
        boolean bring = TO_HOSPITAL_VERBS.contains(lemma) && v.lower(i + 1).equals("to");
        boolean treat = lemma.equals("treat") && (v.lower(i + 1).equals("in") || v.lower(i + 1).equals("at")
                || v.lower(i + 1).equals("for") && (v.lower(i + 2).startsWith("injur") || v.lower(i + 2).startsWith("wound")));
        if (treat && v.lower(i + 1).equals("for") || lemma.equals("treat") && v.lower(i + 1).equals("there")) {
            return true; // "treated for wounds"; "the 48 people treated there", at the hospital the story names
        }
        if (!bring && !treat) {
            return false;
        }
        for (int k = i + 2; k < Math.min(v.size(), i + 6); k++) {
            if (HOSPITALS.contains(v.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "received" or "admitted" stands up to four words before token {@code at}: "received 58 people for". */
    private static boolean admittedBefore(SentenceView v, int at) {
        for (int k = at - 2; k >= Math.max(0, at - 5); k--) {
            if (v.lemma(k).equals("receive") || v.lemma(k).equals("admit")) {
                return true;
            }
        }
        return false;
    }

    /** How a patient's state is told: "in critical condition", "in a serious condition". */
    private static final Set<String> CONDITIONS = Set.of("critical", "serious", "grave", "severe", "stable");
    /** Words between a figure and "in ... condition": "are", "were still", "remain". */
    private static final Set<String> BEFORE_CONDITION = Set.of("is", "are", "was", "were", "remain", "remains", "remained",
            "still", "now", "reportedly", "said", "to", "be", "listed");

    /** Whether the words from {@code at} say the figure's people are "in critical condition". */
    private static boolean inCondition(SentenceView v, int at) {
        int k = at;
        while (k < v.size() && k < at + 4 && BEFORE_CONDITION.contains(v.lower(k))) {
            k++;
        }
        if (k >= v.size() || !v.lower(k).equals("in")) {
            return false;
        }
        k++;
        if (k < v.size() && (v.lower(k).equals("a") || v.lower(k).equals("an"))) {
            k++;
        }
        return k + 1 < v.size() && CONDITIONS.contains(v.lower(k)) && v.lower(k + 1).startsWith("condition");
    }

    /** A verb of killing with its particle at {@code i}: "gunned down", "mowed down", "were wiped out". */
    private static boolean killingParticleVerb(SentenceView v, int i) {
        String lemma = v.lemma(i);
        return (lemma.equals("gun") || lemma.equals("mow")) && v.lower(i + 1).equals("down")
                || lemma.equals("wipe") && v.lower(i + 1).equals("out");
    }

    /** Words of an attempt or an intent that an infinitive after them only aims at: "tried to kill", "a bid to kill". */
    private static final Set<String> ATTEMPTS = Set.of("try", "attempt", "fail", "plot", "plan", "seek", "threaten", "vow",
            "want", "intend", "bid", "aim", "conspire", "scheme", "effort");

    /** Whether token i is an infinitive after a word of attempt, an adverb allowed between: "tried unsuccessfully to kill". */
    private static boolean attempted(SentenceView v, int i) {
        if (i < 2 || !v.lower(i - 1).equals("to")) {
            return false;
        }
        return ATTEMPTS.contains(v.lemma(i - 2)) || v.pos(i - 2).equals("RB") && ATTEMPTS.contains(v.lemma(i - 3));
    }

    /** How many words back from "to death" its verb is looked for. */
    private static final int DEATH_VERB_REACH = 15;

    /**
     * The casualty category stated at token i, or null: a verb or adjective of killing or injuring, a death
     * noun, "lost their lives", "shot dead", "gunned down", "beaten to death" (but not "sentenced to death", nor
     * "tried to kill").
     */
    static Category casualtyAt(SentenceView v, int i) {
        String w = v.lower(i);
        String lemma = v.lemma(i);
        if (attempted(v, i)) {
            return null; // "gunmen tried to kill the governor", "attempted but failed to assassinate him": no one died
        }
        if (lemma.equals("lose") && (v.lower(i + 2).equals("lives") || v.lower(i + 2).equals("life"))) {
            return Category.KILLED;
        }
        if (killingParticleVerb(v, i) || destroyedFighters(v, i)) {
            return Category.KILLED;
        }
        if (lemma.equals("die") && DYING_PARTICLES.contains(v.lower(i + 1))) {
            return null; // "the fighting had died down", "the custom died out": no one died
        }
        if (v.lower(i - 1).equals("fatally") && (lemma.equals("shoot") || lemma.equals("stab") || lemma.equals("wound")
                || lemma.equals("injure"))) {
            return Category.KILLED; // "was fatally shot"
        }
        if (w.equals("death")) {
            if (!v.lower(i - 1).equals("to")) {
                return null;
            }
            for (int k = i - 2; k >= Math.max(0, i - DEATH_VERB_REACH); k--) {
                if (v.isVerb(k)) {
                    // "sentenced 21 defendants to death", "sentenced Morsi and more than 100 other defendants to death"
                    // report a verdict, not a killing; "beaten to death" is one
                    String l = v.lemma(k);
                    return l.equals("sentence") || l.equals("condemn") || l.equals("put") ? null : Category.KILLED;
                }
            }
            return Category.KILLED;
        }
        if (v.isVerb(i) && toHospital(v, i, lemma)) {
            return Category.INJURED;
        }
        if (w.equals("treatment") && v.lower(i - 1).equals("for") && admittedBefore(v, i - 1)) {
            return Category.INJURED; // "the hospital received 58 people for treatment"
        }
        Category c = Lexicon.category(lemma, w);
        if (c == null) {
            return null;
        }
        if (v.isVerb(i) || v.pos(i).startsWith("JJ") || verbTaggedAsNoun(v, i)) {
            return c;
        }
        return v.isNoun(i) ? casualtyNoun(v, i) : null;
    }

    /** Fighters such statements count, not what else they destroy ("destroyed 20 vehicles"). */
    private static final Set<String> FIGHTER_NOUNS = Set.of("terrorists", "militants", "fighters", "gunmen", "insurgents",
            "jihadists", "rebels", "mercenaries", "extremists");
    /** How many words may stand between the verb and its fighters: "destroyed more than 60 ISIL terrorists". */
    private static final int DESTROYED_REACH = 5;

    /**
     * "The military destroyed over 60 terrorists": a verb of destroying whose object is a figure of fighters, as Syrian
     * and Russian military statements write a killing.
     */
    private static boolean destroyedFighters(SentenceView v, int i) {
        if (!v.isVerb(i) || !Lexicon.DESTROYING.contains(v.lemma(i))) {
            return false;
        }
        boolean figure = false;
        for (int k = i + 1; k < Math.min(v.size(), i + 1 + DESTROYED_REACH); k++) {
            figure |= v.ner(k) == EntityType.NUMBER || v.pos(k).equals("CD");
            if (FIGHTER_NOUNS.contains(v.lower(k))) {
                return figure;
            }
            if (figure && !v.pos(k).equals("CD") && !v.pos(k).startsWith("JJ") && !v.pos(k).startsWith("NNP")
                    || v.isVerb(k) || v.lower(k).equals(",")) {
                return false; // "destroyed two dens for ISIL terrorists": the dens
            }
        }
        return false;
    }

    /**
     * The category a casualty noun states ("dead", "deaths", "wounded"); bodies only where the sentence speaks of
     * the dead, not in "five student bodies endorsed the motion" or "the governing body's meeting".
     */
    private static Category casualtyNoun(SentenceView v, int i) {
        String w = v.lower(i);
        if (!Lexicon.DEATH_NOUNS.contains(w) && !Lexicon.INJURY_NOUNS.contains(w)
                || (w.equals("body") || w.equals("bodies")) && anotherBody(v, i) && !corpses(v)) {
            return null;
        }
        return Lexicon.category(v.lemma(i), w);
    }

    /**
     * True when the word before "body" makes it another kind of body: "governing body", "student bodies", "icy
     * bodies"; not "dead bodies", "charred bodies", "victims bodies", nor a figure's "seven bodies".
     */
    private static boolean anotherBody(SentenceView v, int i) {
        String before = v.lower(i - 1);
        boolean modifier = v.isNoun(i - 1) || v.pos(i - 1).startsWith("JJ") || v.pos(i - 1).equals("VBG") || v.pos(i - 1).equals("VBN");
        return modifier && !CORPSE_MODIFIERS.contains(before) && !humanNounPlural(before) && v.ner(i - 1) != EntityType.NUMBER;
    }

    /** Words before "bodies" that make them the dead's. */
    private static final Set<String> CORPSE_MODIFIERS = Set.of("dead", "charred", "mutilated", "decomposed", "decomposing",
            "burned", "burnt", "bullet-riddled", "riddled", "headless", "lifeless", "unidentified", "unclaimed",
            "decapitated", "bloodied", "bloody", "civilian", "more", "other", "several", "many", "their", "severed",
            "dismembered", "tortured", "bound", "blindfolded", "rotting", "abandoned", "scattered");

    /**
     * True when a sentence that names bodies speaks of the dead: of violence or death, or of what is done with
     * corpses ("bodies were found", "recovered 12 bodies", "the bodies of 20 men lay in the street").
     */
    private static boolean corpses(SentenceView v) {
        for (int k = 0; k < v.size(); k++) {
            String l = v.lemma(k);
            if (CORPSE_VERBS.contains(l) || Lexicon.category(l, v.lower(k)) == Category.KILLED && !l.startsWith("bod")
                    || armedViolenceAt(v, k) || l.equals("morgue")
                    || l.equals("grave") || l.equals("wound") || l.equals("bullet")) {
                return true;
            }
        }
        return false;
    }

    /** Verb lemmas of what is done only with the dead (not "taken", "carried", which the hurt are too). */
    private static final Set<String> ONLY_DEAD_VERBS = Set.of("bury", "exhume", "recover", "retrieve", "unearth", "identify");

    /** Whether a verb of {@link #ONLY_DEAD_VERBS} follows, after auxiliaries: "had been buried". */
    private static boolean onlyDeadVerbAfter(SentenceView v, int at) {
        int k = afterAuxiliaries(v, at);
        return k < v.size() && v.isVerb(k) && ONLY_DEAD_VERBS.contains(v.lemma(k));
    }

    /** Verb lemmas of what is done with the dead. */
    private static final Set<String> CORPSE_VERBS = Set.of("find", "recover", "retrieve", "pull", "discover", "dump",
            "bury", "exhume", "identify", "wash", "collect", "unearth", "dig", "lie", "litter", "strew", "scatter",
            "remove", "bring", "hand", "return", "receive", "evacuate", "burn", "count", "transport", "dispose", "carry",
            "lift", "lay", "take", "wrap", "see", "show", "load", "pile", "line", "riddle", "char", "mutilate");

    /**
     * "blasts kills 18 and wounds more than 60": a verb of killing or injuring in the third person that the
     * tagger read as a plural noun ("wounds"), before the figure it governs.
     */
    private static boolean verbTaggedAsNoun(SentenceView v, int i) {
        String w = v.lower(i);
        return v.pos(i).equals("NNS") && w.endsWith("s") && Lexicon.category(v.lemma(i), w) != null
                && !Lexicon.DEATH_NOUNS.contains(w) && !Lexicon.INJURY_NOUNS.contains(w) && figureAfter(v, i);
    }

    /** A figure right after token i, or after a qualifier there: "12", "at least 12", "more than 60". */
    private static boolean figureAfter(SentenceView v, int i) {
        return v.pos(i + 1).equals("CD")
                || QUALIFIER_WORDS.contains(v.lower(i + 1)) && (v.pos(i + 2).equals("CD") || v.pos(i + 3).equals("CD"));
    }

    /**
     * "killed 10 persons and injured 15 others": a past participle of injuring or killing that the tagger read as an
     * adjective, though a figure follows it as its object (no adjective takes one) and no determiner stands before it
     * ("the injured 15").
     */
    private static boolean participleTaggedAsAdjective(SentenceView v, int i) {
        String w = v.lower(i);
        return v.pos(i).equals("JJ") && w.endsWith("ed") && Lexicon.category(v.lemma(i), w) != null
                && !v.pos(i - 1).equals("DT") && !v.pos(i - 1).startsWith("PRP") && figureAfter(v, i);
    }

    /** Words that open a qualified figure: "more than 60", "at least 5", "nearly 40". */
    private static final Set<String> QUALIFIER_WORDS = Set.of("at", "more", "up", "over", "nearly", "about", "around",
            "some", "almost", "roughly", "approximately");

    /** True when the casualty word at i is an active verb: "killed", "killing", "kills", "shot dead", "gunned down". */
    private static boolean activeVerb(SentenceView v, int i) {
        String p = v.pos(i);
        String w = v.lower(i);
        if (w.equals("dead") && (v.lemma(i - 1).equals("shoot") || v.lemma(i - 1).equals("leave"))) {
            return true;
        }
        if (killingParticleVerb(v, i)) {
            return !v.lower(i - 1).equals("was") && !v.lower(i - 1).equals("were") && !v.lower(i - 1).equals("been");
        }
        if (!p.startsWith("VB")) {
            return verbTaggedAsNoun(v, i) || participleTaggedAsAdjective(v, i);
        }
        if (v.lemma(i).equals("die") || v.lemma(i).equals("lose")) {
            return false;
        }
        if (p.equals("VBN")) {
            int k = i - 1;
            while (k >= 0 && v.pos(k).startsWith("RB")) {
                k--;
            }
            String aux = v.lower(k);
            if (aux.equals("have") || aux.equals("has") || aux.equals("had") || aux.equals("having")) {
                return true;
            }
            boolean passive = v.lemma(k).equals("be") || aux.equals("and") && v.lemma(k - 1).equals("be");
            boolean comparative = v.lower(i + 2).equals("than"); // "activists say killed more than 130 people"
            return !passive && opensObject(v, i + 1) && !v.pos(i + 1).startsWith("NN")
                    && (!v.pos(i + 1).startsWith("JJ") || comparative);
        }
        return true;
    }

    /** {category ordinal, distance} of the first casualty word right of a figure's phrase, or null. */
    /** Whether the figure whose qualifier starts at {@code at} is a verb's object: "kidnapped eight former fighters". */
    private static boolean object(SentenceView v, int at) {
        return at > 0 && v.isVerb(at - 1) && !AUXILIARIES.contains(v.lower(at - 1)) && casualtyAt(v, at - 1) == null;
    }

    private static int[] rightTrigger(SentenceView v, int from, int limit, boolean object) {
        int window = limit == v.size() ? RIGHT_WINDOW + 6 : RIGHT_WINDOW;
        int end = Math.min(Math.min(limit, v.size()), from + SUBJECT_WINDOW);
        boolean sawVerb = false;
        for (int i = from; i < end; i++) {
            if (i >= from + window && sawVerb) {
                return null; // past the window a long subject may still reach its verb, but no other clause
            }
            String w = v.lower(i);
            // "At least 20 civilians given shelter by the Church in Bambari have been killed": a participle right after
            // the figure's phrase opens a reduced relative clause, no verb of its own clause
            boolean reducedRelative = i == from && v.pos(i).equals("VBN");
            sawVerb |= v.isVerb(i) && !AUXILIARIES.contains(w) && casualtyAt(v, i) == null && !w.equals("including") && !reducedRelative;
            if (w.equals(";") || w.equals(":")) {
                return null;
            }
            if (w.equals("said") || w.equals("says") || w.equals("told") || w.equals("according")) {
                // a source between figure and verb ends the clause unless the verb follows directly, or the
                // saying is the verb's own ("17 people are said to have been killed")
                if (i > from && !v.lower(i + 1).equals("to")) {
                    return null;
                }
            }
            if (i > from && (w.equals("when") || w.equals("while") || w.equals("after") || w.equals("before")
                    || w.equals("because") || w.equals("where") || w.equals("as") && v.pos(i).equals("IN") && !addsFigure(v, i))) {
                return null; // "150 workers were there when the drone hit and killed ..." (not "as well as")
            }
            Category c = casualtyAt(v, i);
            if (c == null) {
                continue;
            }
            if (!v.isVerb(i) && v.lower(i + 1).equals("of") && figureWithin(v, i + 2, i + 5)) {
                return null; // "two police officers accused of contributing to the deaths of two teenagers": the teenagers' deaths
            }
            int next = killingParticleVerb(v, i) ? i + 2 : i + 1;
            if (object && v.lower(next).equals("them") && v.lower(i - 1).equals("and")) {
                // "kidnapped eight former fighters from their homes and killed them": the object the verb refers back to
                return new int[] {c.ordinal(), i - from};
            }
            if (activeVerb(v, i) && !v.pos(i).equals("VBN") && opensObject(v, next) && !figureThenCasualty(v, next)) {
                // "two suicide bombers killed 92 people": the figure counts the attackers, not the dead
                return null;
            }
            boolean pairFirst = i == from && v.lower(i + 1).equals("and") && v.isVerb(i + 2) && casualtyAt(v, i + 2) != null;
            boolean pairSecond = i == from + 2 && v.lower(i - 1).equals("and") && v.isVerb(from) && !AUXILIARIES.contains(v.lower(from));
            int pairObject = pairFirst ? i + 3 : next;
            if ((pairFirst || pairSecond) && opensObject(v, pairObject) && !figureThenCasualty(v, pairObject)) {
                // "two robbers shot and killed five Pakistani men": the attackers again, whatever the tagger made of "shot"
                return null;
            }
            if (c == Category.KILLED && w.startsWith("kill") && v.pos(i).equals("VBG") && i > from) {
                // "... 5 soldiers in an attack killing ..." belongs to another figure
                continue;
            }
            return new int[] {c.ordinal(), i - from};
        }
        return null;
    }

    /** {category ordinal, distance} of an active casualty verb or death toll left of a figure, or null. */
    private static int[] leftTrigger(SentenceView v, int first) {
        for (int i = first - 1; i >= Math.max(0, first - LEFT_WINDOW); i--) {
            String w = v.lower(i);
            if (w.equals(".") || w.equals(";")) {
                return null;
            }
            Category c = casualtyAt(v, i);
            if (c == null && i > 0 && killingParticleVerb(v, i - 1)) {
                c = Category.KILLED;
                i--;
            }
            if (c != null && activeVerb(v, i)) {
                if (i + 1 < first && (v.lower(i + 1).equals("and") || v.lower(i + 1).equals(","))
                        && casualtyAt(v, i + 2) == null && !(i + 3 == first && v.isVerb(i + 2))) {
                    // "9 people killed and at least 10 others injured": a new clause, not the verb's object (but
                    // "have killed and wounded hundreds" and "executed and crucified nine men" share it)
                    return null;
                }
                return new int[] {c.ordinal(), first - i};
            }
            String l = v.lemma(i);
            if ((l.equals("claim") || l.equals("cost") || l.equals("take")) && lifeAfter(v, first)) {
                return new int[] {Category.KILLED.ordinal(), first - i}; // "the attack claimed about 42 lives"
            }
            if (v.lemma(i).equals("lose") && i >= first - 3 && !v.lower(i + 1).equals("their")) {
                return new int[] {Category.KILLED.ordinal(), first - i}; // "we have so far lost 15 people"
            }
            if (w.equals("to") && i == first - 1 && POISONINGS.contains(v.lower(i - 1))) {
                return new int[] {Category.INJURED.ordinal(), 2}; // "causing cases of asphyxiation to more than 35 people"
            }
            // "the deaths of 12", "the lives of 5", "massacre of 30", "the remains of more than 70", "the bodies of a dozen"
            if (w.equals("of") && (i == first - 1 || i == first - 2 && v.lower(first - 1).equals("a"))) {
                String n = v.lower(i - 1);
                if (n.equals("lives") && !livesTaken(v, i - 1)) {
                    return null; // "The lives of thousands of migrants are at risk", "saved the lives of 30"
                }
                if (n.equals("deaths") || n.equals("death") || n.equals("lives") || n.equals("massacre") || n.equals("killing")
                        || n.equals("bodies") || n.equals("remains") || n.equals("killings")) {
                    return new int[] {Category.KILLED.ordinal(), 2};
                }
                if (n.equals("injuries") || n.equals("injury")) {
                    return new int[] {Category.INJURED.ordinal(), 2};
                }
            }
        }
        int toll = tollAt(v, first);
        if (toll >= 0) {
            // "the death toll at six and the number of injured at 28": a toll right before binds closer than a verb four
            // words on, not as close as a verb right before ("As well as the death toll, 228 people were injured")
            return new int[] {Category.KILLED.ordinal(), Math.max(3, Math.min(LEFT_WINDOW, first - toll))};
        }
        return null;
    }

    /** Verbs that take lives: "claimed the lives of 12", "took the lives of", "cost the lives of", "ended the lives of". */
    private static final Set<String> TAKING_LIVES = Set.of("claim", "take", "cost", "end", "lose", "snuff");

    /** Whether a verb that takes lives stands just before "lives" at {@code at} ("claimed the lives of 12"). */
    static boolean livesTaken(SentenceView v, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (TAKING_LIVES.contains(v.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "lives" follows the figure at {@code first}, its qualifier read over: "cost more than 500 lives". */
    private static boolean lifeAfter(SentenceView v, int first) {
        for (int k = first + 1; k < Math.min(v.size(), first + LIVES_REACH); k++) {
            if (v.lower(k).equals("lives")) {
                return true;
            }
            if (v.isVerb(k)) {
                return false;
            }
        }
        return false;
    }

    /** How far after a figure's first token "lives" may stand: a qualifier of two words, the number, then "lives". */
    private static final int LIVES_REACH = 5;

    /** "the death toll rose to 63", "put the death toll at 50", "toll of 13". */
    private static boolean tollBefore(SentenceView v, int first) {
        return tollAt(v, first) >= 0;
    }

    /** Where the toll (or its verb of rising) that governs the figure at first stands, or -1. */
    private static int tollAt(SentenceView v, int first) {
        // "the number of people killed ... has risen to 358"
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            String l = v.lemma(i);
            boolean rises = l.equals("rise") || l.equals("climb") || l.equals("increase") || l.equals("jump") || l.equals("reach")
                    || l.equals("mount") || l.equals("raise");
            if (rises && (v.lower(first - 1).equals("to") || i == first - 1)) {
                for (int j = i - 1; j >= 0; j--) {
                    String w = v.lower(j);
                    if (Lexicon.TOLL_NOUNS.contains(w) && deathTollModifier(v, j) || w.equals("total") || casualtyAt(v, j) == Category.KILLED
                            || numberOfVictims(v, j - 2)) {
                        return i;
                    }
                    if (w.equals(";") || casualtyAt(v, j) == Category.INJURED) {
                        return -1;
                    }
                }
            }
        }
        boolean copula = copulaBefore(v, first);
        for (int i = first - 1; i >= Math.max(0, first - (copula ? 16 : 9)); i--) {
            String w = v.lower(i);
            if (w.equals(".") || w.equals(";") || w.equals("said")) {
                return -1;
            }
            if (Lexicon.TOLL_NOUNS.contains(w) || w.equals("tolls") || w.equals("total") && v.lower(i - 1).equals("death")) {
                return w.equals("total") || deathTollModifier(v, i) ? i : -1;
            }
            if (w.equals("number") && v.lower(i + 1).equals("of") && (killedWithin(v, i + 2, Math.min(first, i + 5)) || numberOfVictims(v, i))) {
                return i; // "put the number of civilians killed in the raids at 13", "The number of victims is at least 70"
            }
            if ((w.equals("deaths") || w.equals("dead") || w.equals("fatalities")) && v.lower(first - 1).equals("at")
                    && (v.lemma(i - 1).equals("put") || v.lower(i - 1).equals("the") && v.lemma(i - 2).equals("put"))) {
                return i; // "AFP puts deaths at 18", "put the dead at 40"
            }
        }
        return -1;
    }

    /**
     * The group a toll before a figure that names no people of its own counts: "the number of civilians killed rose
     * to 45", "put the civilian death toll at 13", "the toll of children killed reached 12"; null when it names none or
     * all people.
     */
    private static Group tollGroup(SentenceView v, int first) {
        for (int k = first - 1; k >= Math.max(1, first - 10); k--) {
            String w = v.lower(k);
            if (w.equals(".") || w.equals(";") || w.equals(":") || v.ner(k) == EntityType.NUMBER) {
                return null;
            }
            if (!w.equals("number") && !Lexicon.TOLL_NOUNS.contains(w)) {
                continue;
            }
            boolean of = v.lower(k + 1).equals("of") || v.lower(k + 1).equals("among"); // "the toll among soldiers"
            Group after = of ? Lexicon.PERSON_HEADS.get(v.lower(k + 2)) : null;
            Group before = Lexicon.PERSON_HEADS.get(v.lower(k - 1));
            Group twoBefore = k > 1 ? Lexicon.PERSON_HEADS.get(v.lower(k - 2)) : null; // "the civilian death toll"
            for (Group g : java.util.Arrays.asList(after, before, twoBefore)) {
                if (g != null && g != Group.ALL) {
                    return g;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "the number of victims": of the dead, as reports of an attack's toll use it ("The number of victims [in the
     * explosion] is at least 70; over 130 are injured"), with the word at {@code at}.
     */
    private static boolean numberOfVictims(SentenceView v, int at) {
        return at >= 0 && v.lower(at).equals("number") && v.lower(at + 1).equals("of") && v.lower(at + 2).equals("victims");
    }

    /** Whether a word of killing stands in tokens [from, to): "the number of civilians killed". */
    private static boolean killedWithin(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (casualtyAt(v, k) == Category.KILLED) {
                return true;
            }
        }
        return false;
    }

    /** Words a toll's copula may stand before: "was likely in the 100-130 range", "is probably 40". */
    private static final Set<String> HEDGES = Set.of("likely", "probably", "possibly", "now", "still");

    /** "the toll was 40", "put the toll at 40", "the toll was likely in the 100-130 range". */
    private static boolean copulaBefore(SentenceView v, int first) {
        int k = first - 1;
        if (v.lower(k).equals("the") && v.lower(k - 1).equals("in") && v.find(first + 1, first + 4, "range") >= 0) {
            k -= 2;
        }
        while (k > 0 && HEDGES.contains(v.lower(k))) {
            k--;
        }
        return v.lemma(k).equals("be") || v.lower(k).equals("at");
    }

    /**
     * True when the word before the toll or tally at i leaves it a count of the dead: not an injury or economic toll,
     * nor one a common noun makes another count ("his league tally to 14", "the vote tally"); a name may stand
     * before it ("the Gaza toll").
     */
    private static boolean deathTollModifier(SentenceView v, int i) {
        String mod = v.lower(i - 1);
        if (mod.equals("injury") || mod.equals("injuries") || mod.equals("economic")) {
            return false;
        }
        boolean commonNoun = v.pos(i - 1).equals("NN") || v.pos(i - 1).equals("NNS");
        return !commonNoun || Lexicon.category(v.lemma(i - 1), mod) != null || TOLL_MODIFIERS.contains(mod);
    }

    /** Common nouns that may stand before a toll of the dead: "the casualty toll", "the civilian toll". */
    private static final Set<String> TOLL_MODIFIERS = Set.of("casualty", "casualties", "civilian", "victim", "victims",
            "war", "conflict", "fatality", "body", "bodies", "human", "overall", "government", "official");

    /** "killed or wounded", "killed and wounded" name one combined figure, which is no claim. */
    private static boolean combined(SentenceView v, int from, int limit) {
        int end = Math.min(Math.min(limit, v.size()), from + RIGHT_WINDOW);
        for (int i = from; i < end; i++) {
            Category c = Lexicon.category(v.lemma(i), v.lower(i));
            if (c != null) {
                String conj = v.lower(i + 1);
                Category c2 = Lexicon.category(v.lemma(i + 2), v.lower(i + 2));
                return (conj.equals("or") || conj.equals("and")) && c2 != null && c2 != c;
            }
            if (v.lower(i).equals("casualties")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "no casualties", "nobody was hurt", "no civilians were killed", "no one was injured", "denied its fighters were
     * present".
     */
    private static RawClaim zeroClaim(SentenceView v, Amount a) {
        int i = a.first();
        String w = v.lower(i);
        Group group = Group.ALL;
        int j = i + 1;
        if (w.equals("no")) {
            String next = v.lower(j);
            if (Lexicon.ZERO_NOUNS.contains(next) || next.equals("immediate") && Lexicon.ZERO_NOUNS.contains(v.lower(j + 1))) {
                int k = next.equals("immediate") ? j + 1 : j;
                String noun = v.lower(k);
                if (noun.equals("one")) {
                    return zeroVerb(v, i, k + 1, Group.ALL);
                }
                Category c = noun.startsWith("injur") ? Category.INJURED : Category.KILLED;
                if (v.lower(k + 1).equals("or") || v.lower(k - 1).equals("immediate")) {
                    return null;
                }
                return new RawClaim(v, i, k + 1, 0, Qualifier.EXACT, c, Group.ALL, false);
            }
            Group g = Lexicon.PERSON_HEADS.get(next);
            if (g != null && g != Group.ALL) {
                group = g;
                return zeroVerb(v, i, j + 1, group);
            }
            return null;
        }
        if (w.equals("nobody") || w.equals("none")) {
            return zeroVerb(v, i, j, group);
        }
        if (DENIALS.contains(w)) {
            int people = deniedPeople(v, i);
            return zeroVerb(v, i, people + 1, Lexicon.PERSON_HEADS.get(v.lower(people)));
        }
        return null;
    }

    /** "nobody was hurt", "no civilians were killed", "no fighters were present". */
    private static RawClaim zeroVerb(SentenceView v, int first, int from, Group group) {
        for (int i = from; i < Math.min(v.size(), from + 4); i++) {
            String w = v.lower(i);
            Category c = Lexicon.category(v.lemma(i), w);
            if (c != null) {
                return new RawClaim(v, first, i + 1, 0, Qualifier.EXACT, c, group, false);
            }
            if ((w.equals("present") || w.equals("there")) && group != Group.ALL) {
                return new RawClaim(v, first, i + 1, 0, Qualifier.EXACT, Category.KILLED, group, false);
            }
        }
        return null;
    }

    /** "35 to 45", "between 35 and 45", "100-130": two plain figures joined as a range. */
    private static boolean isRange(SentenceView v, Amount a, Amount b) {
        if (a.value() == null || b.value() == null || a.zero() || b.zero() || b.value() <= a.value()) {
            return false;
        }
        if (b.first() == a.first()) {
            return true; // one token "100-130"
        }
        if (b.first() - a.end() != 1) {
            return false;
        }
        String joint = v.lower(a.end());
        if (joint.equals("to") && v.lower(a.first() - 1).equals("from") && revisedFrom(v, a.first() - 1)) {
            return false; // "raised the death toll from 19 to 22": a toll revised, two figures
        }
        // "killed seven children and two or three others": one count, not known to the person
        return joint.equals("to") || joint.equals("-") || joint.equals("\u2013") || joint.equals("or")
                || joint.equals("and") && v.lower(a.first() - 1).equals("between");
    }

    /** Verbs of a toll that changes: "rose from 19 to 22", "raised the death toll from 19 to 22". */
    private static final Set<String> CHANGES = Set.of("rise", "raise", "climb", "increase", "jump", "mount", "revise",
            "update", "go", "soar", "surge");

    /** A verb of change within the six words before "from". */
    private static boolean revisedFrom(SentenceView v, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            if (CHANGES.contains(v.lemma(k))) {
                return true;
            }
        }
        return false;
    }
}
