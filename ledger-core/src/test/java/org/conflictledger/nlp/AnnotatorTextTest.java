package org.conflictledger.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The text the tagger reads: one character for one, so every offset still points into the article's own text. */
class AnnotatorTextTest {
    @Test
    void inlineMarkupBecomesSpacesOfTheSameLength() {
        String text = "a wave of attacks that <b>killed</b> 52 people, <a href=\"/x\">police</a> said<br/>";
        String read = CoreNlpAnnotator.blankInlineTags(text);
        assertEquals(text.length(), read.length());
        assertEquals("a wave of attacks that    killed     52 people,              police     said     ", read);
        assertEquals("5 < 7 and x<b", CoreNlpAnnotator.blankInlineTags("5 < 7 and x<b"));
    }

    @Test
    void aStopBeforeAVerbThatNeedsItsSubjectEndsNoSentence() {
        assertEquals("Chief Magistrate, O J Nwani  was killed", CoreNlpAnnotator.joinStrayStops("Chief Magistrate, O J Nwani. was killed"));
        assertEquals("Col. Taha Ali  said Wednesday", CoreNlpAnnotator.joinStrayStops("Col. Taha Ali. said Wednesday"));
        assertEquals("said on Monday. earlier three persons", CoreNlpAnnotator.joinStrayStops("said on Monday. earlier three persons"));
        assertEquals("U.S. was", CoreNlpAnnotator.joinStrayStops("U.S. was"));
        assertEquals("the city.\nwas", CoreNlpAnnotator.joinStrayStops("the city.\nwas"));
    }

    @Test
    void aCreditGluedToTheNextSentenceEndsTheCaptionButADatelinesDoesNot() {
        assertEquals("jets at Hmeymim air base in Syria June 18 2016 (TRT World and Agencies)\nThe death toll rose",
                CoreNlpAnnotator.breakAfterCredits(
                        "jets at Hmeymim air base in Syria June 18 2016 (TRT World and Agencies) The death toll rose"));
        assertEquals("a street in Aleppo Syria (AP photo)\nBEIRUT Air strikes",
                CoreNlpAnnotator.breakAfterCredits("a street in Aleppo Syria (AP photo) BEIRUT Air strikes"));
        assertEquals("BEIRUT (Reuters) Syrian troops", CoreNlpAnnotator.breakAfterCredits("BEIRUT (Reuters) Syrian troops"));
        assertEquals("the group (AFP) said", CoreNlpAnnotator.breakAfterCredits("the group (AFP) said"));
        assertEquals(" (Reuters) Syrian troops", CoreNlpAnnotator.breakAfterCredits(" (Reuters) Syrian troops"));
    }

    @Test
    void aTimeMonthsOrYearsAgoPinsNoDay() {
        assertEquals("2005", CoreNlpAnnotator.longAgo("a decade ago", "2005-05-19"));
        assertEquals("2013", CoreNlpAnnotator.longAgo("two years ago", "2013-05-19"));
        assertEquals("2014-11", CoreNlpAnnotator.longAgo("six months ago", "2014-11-19"));
        assertEquals("2014", CoreNlpAnnotator.longAgo("about 12 years ago", "2014-05-19"));
        assertEquals(null, CoreNlpAnnotator.longAgo("years ago", "2014-05-19"));
        assertEquals(null, CoreNlpAnnotator.longAgo("a few months ago", "2015-04-19"));
        assertEquals(null, CoreNlpAnnotator.longAgo("Decades ago", "2005-05-19"));
        // days and weeks count to a day; a value without a day stays
        assertEquals("2015-05-12", CoreNlpAnnotator.longAgo("A week ago", "2015-05-12"));
        assertEquals("2015-05-17", CoreNlpAnnotator.longAgo("two days ago", "2015-05-17"));
        assertEquals("2014", CoreNlpAnnotator.longAgo("a year ago", "2014"));
        assertEquals("PAST_REF", CoreNlpAnnotator.longAgo("years ago", "PAST_REF"));
    }

    @Test
    void aBareNumberReadAsAYearLongAgoIsNoYear() {
        assertEquals(null, CoreNlpAnnotator.pageNumberYear("1449", "1449"));
        assertEquals("2013", CoreNlpAnnotator.pageNumberYear("2013", "2013"));
        assertEquals("1991", CoreNlpAnnotator.pageNumberYear("1991", "1991"));
        assertEquals("1450-03", CoreNlpAnnotator.pageNumberYear("March 1450", "1450-03"));
    }

    @Test
    void aHostileTextOfTheLongestAnnotatedLengthIsReadInOnePass() {
        // a run with no space, or of spaces, once cost a regex time quadratic in its length (minutes at this size)
        String word = "a".repeat(CoreNlpAnnotator.MAX_CHARS);
        String spaces = "a" + " ".repeat(CoreNlpAnnotator.MAX_CHARS - 1);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals(word, CoreNlpAnnotator.breakAfterCredits(word));
            assertEquals(spaces, CoreNlpAnnotator.breakAfterCredits(spaces));
            assertEquals(word, CoreNlpAnnotator.blankInlineTags(word));
        });
    }
}
