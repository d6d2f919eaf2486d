package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedArticleTest {
    /** An article of one sentence per line, each word a token, sentences split at line ends. */
    private static AnnotatedArticle lines(String... lines) {
        String text = String.join("\n", lines);
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (String line : lines) {
            List<Token> tokens = new ArrayList<>();
            int start = at;
            for (String word : line.split(" ")) {
                tokens.add(new Token(tokens.size(), word, start, start + word.length(), "NN", word, EntityType.NONE));
                start += word.length() + 1;
            }
            sentences.add(new Sentence(sentences.size(), at, at + line.length(), tokens));
            at += line.length() + 1;
        }
        return new AnnotatedArticle(new Article("a", null, null, null, null, text), null, sentences, List.of());
    }

    @Test
    void theLeadCountsSentencesNotTheShortLinesAmongThem() {
        AnnotatedArticle a = lines("Air strike kills civilians at school", "APD NEWS", "text",
                "An air strike hit a school in Kunduz province", "Eyewitnesses said helicopters struck at noon",
                "The district is held by the Taliban");
        assertEquals(5, a.leadEnd(3));
        assertEquals(6, a.leadEnd(4));
        assertEquals(6, a.leadEnd(10));
        assertEquals(1, a.leadEnd(1));
    }

    @Test
    void aPhotoCaptionIsNoSentenceOfTheLead() {
        AnnotatedArticle a = lines("Death toll rises to 85 in Mogadishu",
                "A general view shows the scene of an explosion in the Hodan district of Mogadishu October 14 2017. REUTERS/Feisal Omar",
                "The death toll of the two bomb blasts in Mogadishu has risen to 85",
                "Another 250 people were wounded in the blast",
                "Police cordoned off the area");
        assertEquals(java.util.Set.of(1), PhotoCaptions.of(a));
        assertEquals(4, a.leadEnd(3));
        assertEquals(List.of(0, 2, 3), a.lead(3));
    }

    @Test
    void aCreditOpeningASentenceMarksTheOneBeforeIt() {
        AnnotatedArticle a = lines("Survivors rest inside a mosque in the Duma neighbourhood of Damascus August 21 2013.",
                "REUTERS/Bassam Khabieh We hope the U.N. team in Damascus will be given access",
                "Houthi rebels described the air attack as a massacre [Khaled Abdullah/Reuters]",
                "Reuters reported that 20 people were killed in Sanaa");
        assertEquals(java.util.Set.of(0, 2), PhotoCaptions.of(a));
    }

    @Test
    void anAgencyInCapitalsEndingALineMarksACaption() {
        AnnotatedArticle a = lines("Militant Islamist fighters in Raqqa",
                "A coalition has intensified its bombing in Syria following the massacre of 130 people in Paris REUTERS",
                "At least 32 fighters died in bombing raids in Raqqa, said Reuters",
                "The AP and AFP reported the raids");
        assertEquals(java.util.Set.of(1), PhotoCaptions.of(a));
    }

    @Test
    void aTitlePrintedTwiceIsOneSentenceOfTheLead() {
        AnnotatedArticle a = lines("Dozens killed buried in rubble after Mosul air raid", "Dozens killed buried in rubble after Mosul air raid",
                "Dozens of residents were buried in collapsed buildings", "A local lawmaker said air strikes by the coalition hit a truck",
                "Rescue teams were retrieving bodies");
        assertEquals(4, a.leadEnd(3));
        assertEquals(List.of(0, 2, 3), a.lead(3));
    }
}
