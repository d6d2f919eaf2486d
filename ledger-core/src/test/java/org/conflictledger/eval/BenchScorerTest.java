package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchScorerTest {
    @TempDir
    Path tmp;

    private Path labels(String... lines) throws IOException {
        Path p = tmp.resolve("labels.jsonl");
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static IncidentMention incident(LocalDate day, String admin1, String location, Claim... claims) {
        return new IncidentMention("i", EventType.AIR_STRIKE, day, day, location, admin1, "SY", null, null, null,
                List.of(), false, List.of(claims));
    }

    private static Claim killed(Group group, int value) {
        return new Claim("reporter", Category.KILLED, group, value, Qualifier.EXACT, "x", 0, 1);
    }

    @Test
    void predictsTheLargestKilledFigureOfATotalGroup() throws IOException {
        Path wad = labels("{\"id\": \"w1\", \"deaths\": 5}", "{\"id\": \"w2\", \"deaths\": 9}",
                "{\"id\": \"w3\", \"deaths\": 0}");
        Claim injured = new Claim("reporter", Category.INJURED, Group.ALL, 20, Qualifier.EXACT, "x", 0, 1);
        List<Extraction> system = List.of(
                new Extraction("w1", List.of(incident(null, null, null, killed(Group.ALL, 5), killed(Group.CHILDREN, 9),
                        injured))),
                new Extraction("w2", List.of(incident(null, null, null, killed(Group.ALL, 5), killed(Group.CHILDREN, 9)))));
        BenchScores s = BenchScorer.score(BenchScorer.Kind.WAD, wad, system);
        assertEquals(2.0 / 3, s.metrics().get("deaths_exact"), 1e-12, "w1 and w3 (nothing given, toll 0)");
        assertEquals(1.0, s.metrics().get("deaths_found"), 1e-12, "9 children counts as found");
        assertEquals(3, s.articles());
        assertEquals(2, s.articlesWithOutput());
    }

    @Test
    void scoresTheWoundedOnTheLabelsThatCodeThem() throws IOException {
        Path wad = labels("{\"id\": \"w1\", \"deaths\": 5, \"injured\": 20}", "{\"id\": \"w2\", \"deaths\": 9, \"injured\": 0}",
                "{\"id\": \"w3\", \"deaths\": 1, \"injured\": 4}", "{\"id\": \"w4\", \"deaths\": 1, \"injured\": null}");
        Claim twenty = new Claim("reporter", Category.INJURED, Group.ALL, 20, Qualifier.EXACT, "x", 0, 1);
        Claim fourChildren = new Claim("reporter", Category.INJURED, Group.CHILDREN, 4, Qualifier.EXACT, "x", 0, 1);
        List<Extraction> system = List.of(
                new Extraction("w1", List.of(incident(null, null, null, killed(Group.ALL, 5), twenty))),
                new Extraction("w3", List.of(incident(null, null, null, fourChildren))),
                new Extraction("w4", List.of(incident(null, null, null, twenty))));
        assertEquals(2.0 / 3, BenchScorer.injuredExact(wad, system), 1e-12,
                "w1 right, w2 (none given, none wounded) right, w3's children are no total; w4 codes no wounded");
    }

    @Test
    void checksTheFirstIncidentsCountryAgainstTheAlpha3Label() throws IOException {
        Path wad = labels("{\"id\": \"w1\", \"deaths\": 5, \"country\": \"NGA\"}", "{\"id\": \"w2\", \"deaths\": 9, \"country\": \"IRQ\"}",
                "{\"id\": \"w3\", \"deaths\": 1, \"country\": \"AFG\"}");
        IncidentMention abuja = new IncidentMention("i", EventType.ATTACK_ON_CIVILIANS, null, null, "Abuja", null, "NG",
                null, null, null, List.of(), false, List.of(killed(Group.ALL, 5)));
        List<Extraction> system = List.of(new Extraction("w1", List.of(abuja)),
                new Extraction("w2", List.of(incident(null, null, "Aleppo", killed(Group.ALL, 9)))));
        assertEquals(1.0 / 3, BenchScorer.countryAcc(wad, system), 1e-12, "w1 right, w2 placed in Syria, w3 given nothing");
    }

    @Test
    void checksDateAndGovernorateOnTheIncidentCarryingTheLabelledFigure() throws IOException {
        Path fakes = labels("{\"id\": \"f1\", \"date\": \"2017-04-05\", \"governorate\": \"idlib\", "
                + "\"civilians\": 70, \"noncivilians\": 0}");
        List<Extraction> system = List.of(new Extraction("f1", List.of(
                incident(LocalDate.of(2017, 4, 1), "Aleppo Governorate", "Aleppo", killed(Group.CIVILIANS, 3)),
                incident(LocalDate.of(2017, 4, 4), "Idlib Governorate", "Khan Shaykhun", killed(Group.CIVILIANS, 70)))));
        BenchScores s = BenchScorer.score(BenchScorer.Kind.FAKES, fakes, system);
        assertEquals(1.0, s.metrics().get("civilians_found"));
        assertEquals(0.0, s.metrics().get("date_acc"));
        assertEquals(1.0, s.metrics().get("date_acc_1d"));
        assertEquals(1.0, s.metrics().get("governorate_acc"));
        assertFalse(s.metrics().containsKey("noncivilians_found"), "no label has non-civilian deaths");
        assertFalse(s.metrics().containsKey("deaths_found"), "not a FA-KES metric");
    }

    @Test
    void printsTheReportAsBenchScorePyDoes() throws IOException {
        Path wad = labels("{\"id\": \"w1\", \"deaths\": 5}", "", "{\"id\": \"w2\", \"deaths\": 9}");
        String report = BenchScorer.score(BenchScorer.Kind.WAD, wad, List.of()).format();
        assertEquals("""
                deaths_exact         0.000
                deaths_found         0.000
                articles             2
                articles_with_output 0
                """, report);
    }
}
