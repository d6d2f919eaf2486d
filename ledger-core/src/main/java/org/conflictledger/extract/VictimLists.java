package org.conflictledger.extract;

import java.util.List;
import java.util.Set;
import org.conflictledger.model.Category;
import org.conflictledger.model.Countries;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.Group;
import org.conflictledger.model.Qualifier;

/**
 * The total of victims listed under one casualty verb: "killing the official and nine others" (10), "280
 * passengers and 15 crew members were killed" (295), "shot dead Osman Balic, a former party member, and his
 * 3-year-old daughter" (2),
 * "The lawyer Tatyana Akimtseva and her driver was shot dead" (2). Each item is a figure with its noun, one
 * person (a name, a pronoun, or a singular person noun after an article or a possessive), or a possessive with a
 * figure ("his two children", "five of his family members": "killing him and five of his family members" is 6). A list is read only when every item is one of these; "his entire family" stops it.
 * The total is a claim of all victims, beside the claims of its parts.
 */
final class VictimLists {
    private VictimLists() {
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "another");
    /** Determiners that name whose: they govern a bare noun after "and" too ("his wife and son"). */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
    /** Prepositions whose object is no subject of the clause's verb. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "on", "at", "to", "from", "near",
            "inside", "outside", "under", "over", "through", "across", "behind", "within", "toward", "towards");
    /** Articles that open a description of one person: "a former party member", "the head of the council". */
    private static final Set<String> SINGULAR = Set.of("a", "an", "the");
    /** A person a pronoun names: "killing him, his wife and two sons". */
    private static final Set<String> PERSONAL = Set.of("him", "her", "he", "she");
    /** Verbs after a subject that make it more than one. */
    private static final Set<String> PLURAL_VERBS = Set.of("were", "are", "have");
    private static final Set<String> RAISING = Set.of("least", "more", "over", "some", "about", "nearly", "almost");
    /** Heads that name the attacker, who is listed with the dead but not counted among the victims. */
    private static final Set<String> ATTACKERS = Set.of("bomber", "attacker", "gunman", "assailant", "shooter");
    /** Nouns of people in general that a list after a comma may break down: "26 people, 18 children and eight teachers". */
    private static final Set<String> WHOLES = Set.of("people", "persons", "civilians", "victims", "members");
    /** Tokens a subject list may not reach back over. */
    private static final int SUBJECT_REACH = 30;

    /** Adds the totals of the lists the sentence's casualty verbs govern, where no claim has that total already. */
    static void add(SentenceView v, List<RawClaim> out) {
        for (int i = 0; i < v.size(); i++) {
            if (v.lower(i).equals("lives") && v.lower(i + 1).equals("of") && ClaimFinder.livesTaken(v, i)) {
                // "have claimed the lives of two civilians and a police officer"
                Parse lives = parse(v, i + 2, v.size(), true);
                if (lives != null && lives.items >= 2) {
                    addTotal(v, out, lives, Category.KILLED);
                }
                continue;
            }
            Category c = ClaimFinder.casualtyAt(v, i);
            if (c == null || !v.isVerb(i) && !v.lower(i).equals("dead")) {
                continue;
            }
            // objects: "killed X and N others", "shot dead X, Y and Z", "killing the pastor and his two children"
            int from = v.lower(i).equals("shot") && v.lower(i + 1).equals("dead") ? i + 2 : i + 1;
            Parse objects = parse(v, from, v.size(), true);
            if (objects != null && objects.items >= 2) {
                addTotal(v, out, objects, c);
                continue;
            }
            int left = leftAt(v, i);
            if (left >= 0) {
                // "left six policemen and a van driver dead": the objects of "left" before the word of their state
                Parse objectsBefore = parse(v, left + 1, i, true);
                if (objectsBefore != null && objectsBefore.end == i && objectsBefore.items >= 2 && !otherCategoryIn(out, c, objectsBefore)) {
                    // not "leaving 50 martyrs and more than 200 others wounded": the martyrs are no wounded
                    addTotal(v, out, objectsBefore, c);
                }
                continue;
            }
            // subjects: "280 passengers and 15 crew members were killed", "X and his driver have been killed"
            int end = subjectEnd(v, i);
            if (end < 0) {
                continue;
            }
            for (int start = Math.max(0, end - SUBJECT_REACH); start < end; start++) {
                // an article opens a phrase of its own, whatever noun or number stands before it ("Get short URL 0 612 A
                // woman and child were killed": page debris, then the subject)
                boolean opens = SINGULAR.contains(v.lower(start)) && !DETERMINERS.contains(v.lower(start - 1));
                if (start > 0 && (continuesList(v, start - 1) && !opens
                        || v.isVerb(start - 1) && !Lexicon.REPORT_VERBS.contains(v.lemma(start - 1))
                        || PLACE_PREPOSITIONS.contains(v.lower(start - 1)))) {
                    // inside a longer phrase, the complement of an earlier clause ("were 22 children"), or a
                    // preposition's object ("shot him in the head and Nazem Zadran died"); a reporting verb's clause
                    // opens a subject ("reports 13 rebels and four soldiers killed")
                    continue;
                }
                Parse subjects = parse(v, start, end, false);
                if (subjects != null && subjects.end == end && subjects.items >= 2) {
                    addTotal(v, out, subjects, c);
                    break;
                }
            }
        }
    }

    /** Whether a figure of another category than {@code c} stands among the list's items. */
    private static boolean otherCategoryIn(List<RawClaim> claims, Category c, Parse p) {
        for (RawClaim r : claims) {
            if (r.category() != c && r.first() >= p.start && r.first() < p.end) {
                return true;
            }
        }
        return false;
    }

    /** Where "left" or "leaving" stands before a word of the state it left its objects in ("left ... dead"), or -1. */
    private static int leftAt(SentenceView v, int i) {
        if (v.isVerb(i) && !v.pos(i).equals("VBN")) {
            return -1; // "left ... dead", "left ... wounded"
        }
        for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
            if (v.lemma(k).equals("leave")) {
                return k;
            }
            if (v.isVerb(k) || v.lower(k).equals(",") || v.lower(k).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean continuesList(SentenceView v, int k) {
        String w = v.lower(k);
        return v.isNoun(k) || v.pos(k).startsWith("JJ") || v.pos(k).equals("CD") || DETERMINERS.contains(w);
    }

    /** The token after the subject of the verb at i: before "was/were/have been/has" and adverbs or dates, or -1. */
    private static int subjectEnd(SentenceView v, int i) {
        int k = i - 1;
        while (k >= 0 && (v.pos(k).startsWith("RB") || v.ner(k) == EntityType.DATE || v.ner(k) == EntityType.TIME
                || v.lower(k).equals("on") && v.ner(k + 1) == EntityType.DATE // "five men were on Thursday killed"
                || v.lemma(k).equals("be") || v.lemma(k).equals("have") || v.isVerb(k) && v.lower(k + 1).equals("and")
                || v.lemma(k).equals("shoot") && v.lower(k + 1).equals("dead"))) {
            k--;
        }
        return k >= 0 && k < i - 1 || v.lemma(i).equals("die") || reduced(v, i) ? k + 1 : -1;
    }

    /**
     * A participle straight after its subject, as in headlines and wire summaries: "13 Huthists and four tribal gunmen
     * killed in battles"; not "gunmen killed six people", where an object follows.
     */
    private static boolean reduced(SentenceView v, int i) {
        String next = v.lower(i + 1);
        // the tagger may read "reports 13 rebels and four soldiers killed in battles" as a clause in the past tense: a
        // casualty verb that has no object is a participle all the same
        return (v.pos(i).equals("VBN") || v.pos(i).equals("VBD")) && i > 0 && v.isNoun(i - 1)
                && (next.isEmpty() || PLACE_PREPOSITIONS.contains(next) || next.equals(",") || next.equals(".") || next.equals("by"));
    }

    private static void addTotal(SentenceView v, List<RawClaim> out, Parse p, Category c) {
        for (RawClaim r : out) {
            if (r.category() == c && r.value() != null && r.value() >= p.total && !r.part()) {
                return; // a stated total, or a larger figure, already stands
            }
        }
        // the list's first victim read alone ("shot dead Osman Balic, a former party member, and his daughter") is in the total
        out.removeIf(r -> r.category() == c && Integer.valueOf(1).equals(r.value()) && !r.part() && r.first() >= p.start && r.first() < p.end);
        out.add(new RawClaim(v, p.start, p.end, p.total, p.raised ? Qualifier.AT_LEAST : Qualifier.EXACT, c,
                commonGroup(out, p, c), false));
    }

    /**
     * The group every item of the list is of, when each is a figure of its own and all are combatants or all civilians
     * ("eight police officers and 14 armed men": 22 combatants); else all.
     */
    private static Group commonGroup(List<RawClaim> out, Parse p, Category c) {
        Group common = null;
        int figures = 0;
        for (RawClaim r : out) {
            if (r.category() == c && r.first() >= p.start && r.first() < p.end && r.value() != null) {
                if (common != null && common != r.group()) {
                    return Group.ALL;
                }
                common = r.group();
                figures++;
            }
        }
        // not "killing him and two guards": an item of no figure of its own may be of any group
        return figures == p.items() && (common == Group.COMBATANTS || common == Group.CIVILIANS) ? common : Group.ALL;
    }

    /** A list read from the tokens: where it starts and ends, how many items, their sum. */
    private record Parse(int start, int end, int items, int total, boolean raised) {
    }

    /**
     * The list of victims starting at {@code from} and ending before {@code limit}, or null; an object list may
     * not run into a finite verb.
     */
    private static Parse parse(SentenceView v, int from, int limit, boolean objects) {
        int p = from;
        int items = 0;
        int total = 0;
        boolean raised = false;
        int lastAnd = -1; // items read before the last "and"
        int previousEnd = -1; // where the item before a bare comma ended
        int endAfterAnd = -1; // where the first item after the last "and" ended, and the total up to it
        int totalAfterAnd = 0;
        boolean shared = false; // the item after "and" shares the possessive before: "their driver and guard" are two
        int first = -1; // the people of a first item of people in general, when a bare comma follows it
        while (p < limit) {
            int itemStart = p;
            Item item = item(v, p, limit, shared);
            if (item == null && previousEnd >= 0 && lastAnd == items - 1) {
                p = previousEnd; // "killing him and two guards, police and a doctor said": the list ended at the comma
                break;
            }
            if (item == null) {
                return null;
            }
            total += item.people();
            raised |= item.raised();
            p = item.end();
            if (items == lastAnd) {
                endAfterAnd = p;
                totalAfterAnd = total;
            }
            items++;
            // separators: ",", "and", ", and"; a list ends with "and" and its last item
            int q = p;
            if (v.lower(q).equals(",")) {
                q++;
            }
            boolean and = v.lower(q).equals("and");
            if (and) {
                q++;
            }
            if (q == p || q >= limit || !startsItem(v, q)) {
                break;
            }
            if (items == 1 && !and && WHOLES.contains(v.lower(p - 1))) {
                first = total;
            }
            previousEnd = and ? -1 : p;
            if (and) {
                lastAnd = items;
            }
            shared = and && POSSESSIVES.contains(v.lower(itemStart));
            p = q;
        }
        if (lastAnd >= 0 && items > lastAnd + 1) {
            // items after the last "and" beyond the first are not part of the list: "killed X and his guard, a spokesman said"
            p = endAfterAnd;
            total = totalAfterAnd;
            items = lastAnd + 1;
        }
        if (objects && (v.pos(p).equals("VBD") || v.pos(p).equals("VBZ") || v.pos(p).equals("VBP") || v.pos(p).equals("MD"))) {
            return null; // "killed nine people and six people sustained injuries": the last item starts a clause
        }
        if (lastAnd < 0) {
            return items == 1 ? new Parse(from, p, 1, total, raised) : null;
        }
        if (items >= 3 && first > 0 && total == 2 * first) {
            // "killed 26 people, 18 children and eight teachers": the items after the comma break the first down
            total = first;
        }
        return new Parse(from, p, items, total, raised);
    }

    private static boolean startsItem(SentenceView v, int k) {
        return DETERMINERS.contains(v.lower(k)) || v.ner(k) == EntityType.NUMBER || v.ner(k) == EntityType.PERSON
                || RAISING.contains(v.lower(k)) || v.lower(k).equals("at") || v.pos(k).startsWith("NN") || v.pos(k).startsWith("JJ");
    }

    /** One item of a list: the token after it, how many people it counts, whether "at least" / "more than" raised it. */
    private record Item(int end, int people, boolean raised) {
    }

    /**
     * The item at p, or null when none starts there; {@code shared}: a possessive before "and" governs it too, so a bare
     * noun is a second person ("their driver and guard"), not a second role of one ("a leader and mediator").
     */
    private static Item item(SentenceView v, int p, int limit, boolean shared) {
        boolean raised = false;
        if (v.lower(p).equals("at") && v.lower(p + 1).equals("least") || v.lower(p).equals("more") && v.lower(p + 1).equals("than")) {
            p += 2;
            raised = true;
        } else if (v.lower(p).equals("over") || v.lower(p).equals("some")) {
            p++;
            raised = true;
        }
        boolean determiner = DETERMINERS.contains(v.lower(p));
        int q = determiner ? p + 1 : p;
        if (determiner) {
            q = afterAge(v, q); // "his 3-year-old daughter": one person of an age, not three
        }
        EntityMention m = v.mentionAt(q);
        if (m != null && m.type() == EntityType.NUMBER && m.number() != null && m.number() >= 1 && m.number() < 100_000
                && m.number() == Math.floor(m.number())) {
            // "nine others", "280 passengers", "his two children", "15 crew members"
            int n = (int) Math.round(m.number());
            int k = m.lastToken();
            if (v.lower(k).equals("of") && DETERMINERS.contains(v.lower(k + 1))) {
                // "five of his family members", "two of his brothers"
                int ofEnd = nounRun(v, k + 2, limit);
                return ofEnd > k + 2 && people(v, k + 2, ofEnd) ? new Item(ofEnd, n, raised) : null;
            }
            int nounEnd = nounRun(v, k, limit);
            if (nounEnd == k && v.pos(k).startsWith("JJ") && namedPeople(v, k)) {
                nounEnd = k + 1; // "six Iranians and one Iraqi": a demonym as the noun
            } else if (nounEnd == k && !v.lower(k).equals("others")) {
                return null;
            }
            k = Math.max(nounEnd, v.lower(k).equals("others") ? k + 1 : k);
            if (!people(v, m.lastToken(), k)) {
                return null;
            }
            return new Item(k, n, raised);
        }
        if (raised) {
            return null;
        }
        if (!determiner && v.pos(q).equals("PRP") && PERSONAL.contains(v.lower(q))) {
            return new Item(q + 1, 1, false); // "killing him and five of his family members"
        }
        if (v.ner(q) == EntityType.PERSON && !determiner) {
            int k = q;
            while (k < limit && v.ner(k) == EntityType.PERSON) {
                k++;
            }
            int titled = nounRun(v, k, limit);
            if (titled > k && v.ner(titled - 1) == EntityType.PERSON) {
                k = titled; // "Nad Ali district chief Mohammad Anwar Khan" (a name the tagger cut at the title)
            }
            if (v.lower(k).equals(",") && SINGULAR.contains(v.lower(k + 1))) {
                Item apposition = item(v, k + 1, limit, false);
                if (apposition != null && apposition.people() == 1 && v.lower(apposition.end()).equals(",")) {
                    k = apposition.end(); // "Osman Balic, a former party member, and his daughter": who he was, no one else
                }
            }
            return new Item(k, 1, false);
        }
        // "the official", "his guard", "a local businessman", "the district head of Soro, Alhaji Isa Baba", "guard"
        int k = q;
        while (k < limit && v.pos(k).startsWith("JJ")) {
            k++;
        }
        int nounEnd = nounRun(v, k, limit);
        // "two soldiers, a policeman and a civilian": a noun of people the tagger read as an adjective
        boolean adjectiveNoun = nounEnd == k && k > q && determiner && Lexicon.PERSON_HEADS.containsKey(v.lower(k - 1));
        if (nounEnd == k && !adjectiveNoun) {
            return null;
        }
        int head = nounEnd - 1;
        boolean person = ClaimFinder.isPersonNoun(v, head) || v.ner(head) == EntityType.PERSON;
        if (!adjectiveNoun && (v.pos(head).endsWith("S") || !person)) {
            return null;
        }
        if (ATTACKERS.contains(v.lower(head))) {
            return new Item(nounEnd, 0, false); // "six passengers and a suicide bomber": the attacker is no victim
        }
        if (!determiner && v.ner(head) != EntityType.PERSON && !PLURAL_VERBS.contains(v.lower(limit)) && !shared) {
            // a bare noun after "and" is the same person ("a leader and mediator"), unless the verb counts two: "a
            // woman and child were killed"
            return null;
        }
        k = prepositions(v, nounEnd, limit);
        if (v.lower(k).equals(",") && v.ner(k + 1) == EntityType.PERSON) {
            int e = k + 1; // an appositive name: "the district head of Soro, Alhaji Abdurrahman Isa Baba"
            while (e < limit && v.ner(e) == EntityType.PERSON) {
                e++;
            }
            k = e;
        }
        return new Item(k, 1, false);
    }

    /** The token after an age written before a noun ("3-year-old", "3 - year - old"), or k when none starts there. */
    private static int afterAge(SentenceView v, int k) {
        String w = v.lower(k);
        if (w.matches("\\d+-years?-old")) {
            return k + 1;
        }
        if (!v.pos(k).equals("CD")) {
            return k;
        }
        if (v.lower(k + 1).matches("-years?-old")) {
            return k + 2;
        }
        boolean spelled = v.lower(k + 1).equals("-") && v.lower(k + 2).startsWith("year") && v.lower(k + 3).equals("-")
                && v.lower(k + 4).equals("old");
        return spelled ? k + 5 : k;
    }

    /** Prepositions that may follow a victim's noun inside a list item: "the head of the council", "his brother from X". */
    private static final Set<String> ITEM_PREPOSITIONS = Set.of("of", "from", "in", "at");

    /**
     * The end of up to three prepositional phrases after a noun ("the public prosecutor of the city of Zabol",
     * "a judge from Karokh District of the province of Herat", "his brother from El Salam camp in Bielel
     * locality"), with a bracketed aside inside them, and a place in commas after them (", South Darfur,").
     */
    private static int prepositions(SentenceView v, int k, int limit) {
        for (int n = 0; n < 3 && k < limit && ITEM_PREPOSITIONS.contains(v.lower(k)); n++) {
            int e = k + 1;
            if (DETERMINERS.contains(v.lower(e))) {
                e++;
            }
            int phrase = e;
            while (e < limit) {
                String w = v.lower(e);
                if (w.equals("[") || w.equals("(") || w.equals("-lrb-")) {
                    int close = v.find(e + 1, Math.min(limit, e + 15), "]", ")", "-rrb-");
                    if (close < 0) {
                        break;
                    }
                    e = close + 1;
                } else if (v.pos(e).startsWith("NN") || v.pos(e).startsWith("JJ") || v.pos(e).equals("POS")
                        || v.pos(e).equals("HYPH") || v.pos(e).equals("FW")) {
                    e++;
                } else {
                    break;
                }
            }
            if (e == phrase) {
                break;
            }
            k = e;
        }
        if (v.lower(k).equals(",") && v.ner(k + 1) == EntityType.LOCATION) {
            int e = k + 1;
            while (e < limit && v.ner(e) == EntityType.LOCATION) {
                e++;
            }
            if (v.lower(e).equals(",") || e == limit) {
                k = v.lower(e).equals(",") ? e + 1 : e;
            }
        }
        return k;
    }

    /** The end of the run of nouns (with hyphenated or adjectival modifiers inside) from k. */
    private static int nounRun(SentenceView v, int k, int limit) {
        int e = k;
        while (e < limit && (v.pos(e).startsWith("NN") || v.pos(e).startsWith("JJ") && adjectivesThenNoun(v, e + 1, limit)
                || v.pos(e).equals("HYPH") || v.pos(e + 1).equals("HYPH") && e + 2 < limit)) { // "off-duty", split in three
            e++;
        }
        return e;
    }

    /** Whether a noun follows from k after adjectives only: "federal agents" after "off-duty". */
    private static boolean adjectivesThenNoun(SentenceView v, int k, int limit) {
        while (k < limit && (v.pos(k).startsWith("JJ") || v.pos(k).equals("HYPH"))) {
            k++;
        }
        return k < limit && v.pos(k).startsWith("NN");
    }

    /** True when the nouns [from, to) count people: "others", "passengers", "crew members", "children". */
    private static boolean people(SentenceView v, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (v.isNoun(k) || k == from && to == from + 1 && namedPeople(v, k)) {
                String w = v.lower(k);
                return w.equals("others") || w.equals("other") || Lexicon.PERSON_HEADS.containsKey(w) || ClaimFinder.isPersonNoun(v, k)
                        || ClaimFinder.humanNounPlural(w)
                        || k == from && namedPeople(v, k); // "123 Ma'aliya and more than 200 Rizeigat", "29 Sudanese"
            }
        }
        return false;
    }

    /** A people named by a proper noun or a demonym right after a number: a tribe, a nation, not a place or a body. */
    private static boolean namedPeople(SentenceView v, int k) {
        return v.pos(k).startsWith("NNP") && v.ner(k) != EntityType.ORGANIZATION && v.ner(k) != EntityType.LOCATION
                || Countries.byNameOrDemonym(v.tokens.get(k).text()) != null
                && Countries.byName(v.tokens.get(k).text()) == null;
    }
}
