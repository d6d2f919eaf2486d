package org.conflictledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    @Test
    void dropsTheGlobalDataBoxOfTheSeedArticleAsARun() {
        List<String> kept = Boilerplate.keep(blocks(
                "An Islamic State fighter also confirmed that the government combatants carried out the air strikes, "
                        + "which killed at least 70 people.",
                "How well do you really know your competitors?",
                "Access the most comprehensive Company Profiles on the market, powered by GlobalData. Save hours of "
                        + "research. Gain competitive edge.",
                "Thank you!",
                "Your download email will arrive shortly",
                "Not ready to buy yet? Download a free sample",
                "We are confident about the unique quality of our Company Profiles. However, we want you to make the "
                        + "most beneficial decision for your business, so we offer a free sample that you can download "
                        + "by submitting the below form",
                "By GlobalData",
                "\"Many of the bodies were fragmented.\""));

        assertEquals(List.of("An Islamic State fighter also confirmed that the government combatants carried out the "
                + "air strikes, which killed at least 70 people.", "\"Many of the bodies were fragmented.\""), kept);
    }

    @Test
    void keepsShortLinesThatAreNotNextToAnAd() {
        List<String> kept = Boilerplate.keep(blocks("Families flee", "Thank you!", "Residents said 5 were hurt."));

        assertEquals(List.of("Families flee", "Thank you!", "Residents said 5 were hurt."), kept);
    }

    @Test
    void keepsALongParagraphThatMerelyMentionsAnAdMarker() {
        String paragraph = "The strike hit the offices where the company profiles of arms suppliers were compiled, "
                + "and analysts said the free sample of documents recovered from the building was enough to show "
                + "that the group had bought weapons from at least 3 brokers in the region over the past two "
                + "years, including rockets, mortars and the ammunition used in the attack on the market that "
                + "killed 12 people last spring, according to the report.";

        assertEquals(List.of(paragraph), Boilerplate.keep(blocks(paragraph)));
    }

    @Test
    void dropsLinesMadeOfLinks() {
        List<HtmlText.Block> blocks = List.of(new HtmlText.Block("Homs car bomb kills 9", 18, 18),
                new HtmlText.Block("Officials told AFP that 9 died.", 3, 26));

        assertEquals(List.of("Officials told AFP that 9 died."), Boilerplate.keep(blocks));
    }

    @Test
    void readsMachineReadableDatesAsThePublisherWroteThem() {
        assertEquals(LocalDate.of(2015, 11, 18), PageDates.parse("2015-11-18T00:30:00+03:00"));
        assertEquals(LocalDate.of(2015, 11, 18), PageDates.parse("Wed, 18 Nov 2015 00:30:00 +0300"));
        assertEquals(LocalDate.of(2015, 11, 18), PageDates.parse("2015/11/18 10:00"));
        assertEquals(LocalDate.of(2015, 11, 18), PageDates.parse("20151118T0930"));
        assertNull(PageDates.parse("0001-01-01T00:00:00Z"));
        assertNull(PageDates.parse("18 hours ago"));
        assertNull(PageDates.parse("2015-02-30"));
    }

    private static List<HtmlText.Block> blocks(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new HtmlText.Block(t, 0, t.replace(" ", "").length())).toList();
    }
}
