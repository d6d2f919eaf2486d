package org.conflictledger.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void readsTheDateAnArticleOpensWith() {
        assertEquals(LocalDate.of(2017, 4, 5), Datelines.find("Wed 05 Apr 2017 at 0914 Homs governor says"));
        assertEquals(LocalDate.of(2015, 7, 20), Datelines.find("Published July 20, 2015 A checkpoint that belonged"));
        assertEquals(LocalDate.of(2015, 10, 4), Datelines.find("date 2015-10-04 KABUL Medical aid group"));
    }

    @Test
    void readsDashedAndDottedNumericDatesDayFirst() {
        assertEquals(LocalDate.of(2013, 8, 7), Datelines.find("Syria Military 07-08-2013 0147 PM A Syrian army unit"));
        assertEquals(LocalDate.of(2014, 11, 1), Datelines.find("01.11.2014 Fighting raged in the border town"));
        assertEquals(LocalDate.of(2013, 9, 6), Datelines.dayFirst("6-09-2013"));
        assertEquals(LocalDate.of(2013, 8, 7), Datelines.dayFirst("07-08-2013 0147 PM")); // one time mention to the tagger
        assertNull(Datelines.dayFirst("31-02-2013"));
        assertNull(Datelines.dayFirst("2013-09-06"));
    }

    @Test
    void readsADateThatScrapingGluedToTheNextWord() {
        assertEquals(LocalDate.of(2017, 10, 2), Datelines.find("02.10.2017Get short URL 191 A total of 24"));
        assertEquals(LocalDate.of(2016, 7, 11), Datelines.find("Mon Jul 11 2016Daesh executes"));
        assertNull(Datelines.find("02.10.20171 short URL"));
        assertEquals(LocalDate.of(2017, 4, 23), Datelines.find("Last updated at Apr 232017 An Israeli attack"));
        assertEquals(LocalDate.of(2016, 8, 1), Datelines.find("Last updated at Aug 012016 BEIRUT"));
        assertNull(Datelines.find("In May 2016 the army"));
    }

    @Test
    void readsSlashedDatesOnlyWhereTheOrderIsClear() {
        assertEquals(LocalDate.of(2016, 3, 18), Datelines.find("18/03/2016 Air strikes"));
        assertEquals(LocalDate.of(2016, 3, 18), Datelines.find("03/18/2016 Air strikes"));
        assertNull(Datelines.find("03/04/2016 Air strikes"));
    }

    @Test
    void looksOnlyAtTheHeadOfTheText() {
        assertNull(Datelines.find("x".repeat(Datelines.HEAD) + " 05 Apr 2017"));
    }
}
