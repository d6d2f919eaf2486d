package org.conflictledger.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashSyndicationTest {
    private static final Syndication SYNDICATION = Syndication.minHash();
    private static final String MIDDLE_EAST_EYE = "yemen-2016-hajjah-middleeasteye-mastaba-119";
    private static final String AFP_GHANA = "nigeria-2015-borno-ghanamma-afp-huyum-15";
    private static final String AFP_NAHARNET = "nigeria-2015-borno-naharnet-afp-huyum-15";

    private static byte[] sig(String text) {
        return SYNDICATION.signature(text);
    }

    private static boolean shareABand(byte[] a, byte[] b) {
        Set<String> keys = new HashSet<>(SYNDICATION.bandKeys(a));
        return SYNDICATION.bandKeys(b).stream().anyMatch(keys::contains);
    }

    @Test
    void theSameArticleUnderAnotherOutletsHeaderAndFooterIsACopy() {
        String text = GoldArticles.text(MIDDLE_EAST_EYE);
        String republished = "WORLD NEWS | Daily Courier Online | Updated 9 October 2016, 14:02 GMT\n\n"
                + text + "\n\nCopyright 2016 The Daily Courier. All rights reserved. Share this story on "
                + "Facebook and Twitter. Related: more world news from our correspondents.";
        byte[] a = sig(text);
        byte[] b = sig(republished);
        assertTrue(SYNDICATION.similarity(a, b) > 0.8, "similarity " + SYNDICATION.similarity(a, b));
        assertTrue(SYNDICATION.isCopy(a, b));
        assertTrue(shareABand(a, b));
    }

    @Test
    void theSameArticleWithAParagraphDroppedIsACopy() {
        String text = GoldArticles.text(MIDDLE_EAST_EYE);
        List<String> paragraphs = new ArrayList<>(GoldArticles.paragraphs(text));
        assertTrue(paragraphs.size() > 4, "the article has paragraphs to drop");
        paragraphs.remove(paragraphs.size() / 2);
        byte[] a = sig(text);
        byte[] b = sig(String.join("\n", paragraphs));
        assertTrue(SYNDICATION.isCopy(a, b), "similarity " + SYNDICATION.similarity(a, b));
        assertTrue(shareABand(a, b));
    }

    @Test
    void theFirstHalfOfAWireStoryIsACopyOfIt() {
        String text = GoldArticles.text(MIDDLE_EAST_EYE);
        List<String> paragraphs = GoldArticles.paragraphs(text);
        String firstHalf = String.join("\n", paragraphs.subList(0, paragraphs.size() / 2));
        assertTrue(SYNDICATION.isCopy(sig(text), sig(firstHalf)));
    }

    @Test
    void oneAfpStoryRunByTwoOutletsWithTheirOwnEditsIsACopy() {
        byte[] a = sig(GoldArticles.text(AFP_GHANA));
        byte[] b = sig(GoldArticles.text(AFP_NAHARNET));
        assertTrue(SYNDICATION.isCopy(a, b), "similarity " + SYNDICATION.similarity(a, b));
        assertTrue(shareABand(a, b));
    }

    /** Every other pair of the dev gold, among them articles of one strike quoting one wire story, is independent. */
    @Test
    void differentArticlesOnOneStrikeAreNotCopies() {
        Map<String, JsonNode> gold = GoldArticles.all();
        List<String> ids = new ArrayList<>(gold.keySet());
        List<byte[]> sigs = ids.stream().map(id -> sig(gold.get(id).get("text").asText())).toList();
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (SYNDICATION.isCopy(sigs.get(i), sigs.get(j))) {
                    copies.add(ids.get(i) + " ~ " + ids.get(j));
                }
            }
        }
        assertEquals(List.of(AFP_GHANA + " ~ " + AFP_NAHARNET), copies);
    }

    @Test
    void unrelatedTextsShareNoBand() {
        byte[] a = sig(GoldArticles.text(MIDDLE_EAST_EYE));
        byte[] b = sig(GoldArticles.text(AFP_GHANA));
        assertFalse(shareABand(a, b));
        assertTrue(SYNDICATION.similarity(a, b) < 0.05);
    }

    @Test
    void aSignatureDependsOnlyOnTheWordsNotOnCaseAccentsOrPunctuation() {
        byte[] a = sig("Airstrikes on Deir ez-Zor killed 24 civilians, the Observatory said on Sunday.");
        byte[] b = sig("AIRSTRIKES ON DÉIR EZ ZOR KILLED 24 CIVILIANS — THE OBSERVATORY SAID ON SUNDAY");
        assertArrayEquals(a, b);
        assertEquals(1.0, SYNDICATION.similarity(a, b));
    }

    @Test
    void anEmptyTextIsACopyOfNothing() {
        byte[] empty = sig(" \n ... ");
        assertEquals(0.0, SYNDICATION.similarity(empty, empty));
        assertFalse(SYNDICATION.isCopy(empty, sig(" ")));
        assertTrue(SYNDICATION.bandKeys(empty).isEmpty());
    }

    @Test
    void refusesBytesThatAreNotASignature() {
        byte[] good = sig("one two three four five six");
        assertThrows(IllegalArgumentException.class, () -> SYNDICATION.similarity(good, new byte[] {1, 2, 3}));
        assertThrows(NullPointerException.class, () -> SYNDICATION.signature(null));
    }
}
