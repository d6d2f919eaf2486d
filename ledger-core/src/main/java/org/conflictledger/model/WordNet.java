package org.conflictledger.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.data.list.PointerTargetNodeList;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1, read through extJWNL from the data jar on the class path, for what a casualty figure counts:
 * whether a noun names people ("criminals", "worshippers", "villagers") or things ("vehicles", "homes"); and
 * for where: whether a capitalised word before "district" is an English word describing people ("a Shiite
 * district", "the Christian quarter") rather than a place's name.
 * The dictionary loads on first use (about half a second); answers are cached per word (up to a bound), so
 * the hot path is one map lookup.
 */
public final class WordNet {
    private static final Map<String, Boolean> PERSON = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> DESCRIBES_PEOPLE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> COMMON = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;
    /** No noun WordNet lists is longer; a longer token is not looked up. */
    private static final int MAX_WORD = 64;
    private static volatile Dictionary dictionary;
    private static volatile Synset person;

    private WordNet() {
    }

    /**
     * True when the noun's most frequent sense is a kind of person (WordNet's person.n.01 is among its
     * hypernyms): "criminals", "militants", "pilgrims"; not "shots", "bodies", "troops" (a group) or "sheep".
     * Plurals and other inflected forms are reduced to their lemma.
     */
    public static boolean isPerson(String noun) {
        return cached(PERSON, noun, WordNet::lookUp);
    }

    /**
     * True when the word is an English adjective ("Christian", "Kurdish", "Catholic") or a noun naming a kind
     * of person ("Shiite", "Sunni", "Druze"): a word that describes people, not a transliterated name.
     */
    public static boolean describesPeople(String word) {
        return cached(DESCRIBES_PEOPLE, word, w -> isPerson(w) || lookUpAdjective(w));
    }

    /**
     * True when the word is a common English word, one WordNet lists in lower case in some part of speech ("rises",
     * "siege", "fuel"): not a name only ("Aleppo", "Raqqa"), nor a transliterated word it lacks ("Sharqi"), nor a
     * function word ("the"), which WordNet does not list.
     */
    public static boolean isCommonWord(String word) {
        return cached(COMMON, word, WordNet::lookUpCommon);
    }

    private static synchronized boolean lookUpCommon(String w) {
        if (w.isBlank() || w.length() > MAX_WORD) {
            return false;
        }
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord iw = dictionaryOrFail().lookupIndexWord(pos, w);
                if (iw == null) {
                    continue;
                }
                for (Synset sense : iw.getSenses()) {
                    for (Word x : sense.getWords()) {
                        String lemma = x.getLemma();
                        if (lemma.equalsIgnoreCase(iw.getLemma()) && Character.isLowerCase(lemma.charAt(0))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (JWNLException | RuntimeException e) {
            return false; // a token WordNet cannot read is no common word
        }
    }

    private static boolean cached(Map<String, Boolean> cache, String word, java.util.function.Predicate<String> lookUp) {
        String w = word.toLowerCase(Locale.ROOT);
        Boolean known = cache.get(w);
        if (known == null) {
            known = lookUp.test(w);
            if (cache.size() < MAX_CACHED) {
                cache.put(w, known); // bounded: hostile text may hold any number of made-up words
            }
        }
        return known;
    }

    private static synchronized boolean lookUpAdjective(String w) {
        if (w.isBlank() || w.length() > MAX_WORD) {
            return false;
        }
        try {
            IndexWord iw = dictionaryOrFail().lookupIndexWord(POS.ADJECTIVE, w);
            return iw != null && !iw.getSenses().isEmpty();
        } catch (JWNLException | RuntimeException e) {
            return false; // a token WordNet cannot read describes nobody
        }
    }

    private static Dictionary dictionaryOrFail() {
        try {
            return dictionary();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load WordNet from the class path: " + e.getMessage(), e);
        }
    }

    private static synchronized boolean lookUp(String w) {
        if (w.isBlank() || w.length() > MAX_WORD) {
            return false;
        }
        Dictionary d = dictionaryOrFail();
        try {
            IndexWord iw = d.lookupIndexWord(POS.NOUN, w);
            if (iw == null || iw.getSenses().isEmpty()) {
                return false;
            }
            Synset first = iw.getSenses().get(0);
            if (first.equals(person)) {
                return true;
            }
            for (PointerTargetNodeList chain : PointerUtils.getHypernymTree(first).toList()) {
                for (PointerTargetNode n : chain) {
                    if (n.getSynset().equals(person)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (JWNLException | RuntimeException e) {
            return false; // a token WordNet cannot read ("a/b", a URL) names no kind of person
        }
    }

    private static Dictionary dictionary() throws JWNLException {
        if (dictionary == null) {
            Dictionary d = Dictionary.getDefaultResourceInstance();
            List<Synset> senses = d.getIndexWord(POS.NOUN, "person").getSenses();
            person = senses.get(0);
            dictionary = d;
        }
        return dictionary;
    }
}
