package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ported helpers answer as gold/score.py's own functions do, on the gold's names and on awkward ones. */
class TextMatchAgreementTest {
    private static final String HELPERS = String.join("\n",
            "import json, sys, unicodedata",
            "sys.path.insert(0, sys.argv[1])",
            "import score as s",
            "d = json.load(open(sys.argv[2], encoding='utf-8'))",
            "xs = d['strings']",
            "days = [s.parse_day(x) for x in d['days']]",
            "print(json.dumps({",
            "  'fold': [s.fold(x) for x in xs], 'place_key': [s.place_key(x) for x in xs],",
            "  'source_tokens': [s.source_tokens(x) for x in xs], 'acronym': [s.acronym(x) for x in xs],",
            "  'same_place': [[s.same_place(a, b) for b in xs] for a in xs],",
            "  'same_source': [[s.same_source(a, b) for b in xs] for a in xs],",
            "  'parse_day': [None if x is None else x.isoformat() for x in days],",
            "  'combining': [c for c in range(0x110000) if unicodedata.combining(chr(c))]}))");

    @TempDir
    Path tmp;

    @Test
    void agreesWithScorePyHelpers() throws Exception {
        Path shared = SharedData.dirWithPython();
        Set<String> strings = new LinkedHashSet<>(List.of("", "Raqqa", "Ar-Raqqah", "al-Raqqa", "AR RAQQAH",
                "Raqqa city", "al\u2019Raqqa", "al\u001CRaqqa", "Deir ez-Zor", "Dayr az Zawr", "\u1E24alab", "Halab",
                "San\u00E1'a", "Sanaa", "Mosul al-Jadida", "Hass", "Hassakeh", "\u0915\u093F\u0915\u094D",
                "\uFB01eld", "\u0130stanbul", "Stra\u00DFe", "\u03A3\u039F\u03A3", "2\u00B3 town", "h", "al",
                "Syrian Observatory for Human Rights", "SOHR", "the Observatory", "MSF", "Doctors Without Borders (MSF)",
                "the monitor said", "UN OCHA", "U.N.", "iPhone Group", "\u00C9cole Normale", "US-led coalition", "US"));
        for (Extraction e : GoldFixtures.goldAsExtractions(shared.resolve("gold/dev"))) {
            for (IncidentMention m : e.incidents()) {
                if (m.location() != null) {
                    strings.add(m.location());
                }
                if (m.admin1() != null) {
                    strings.add(m.admin1());
                }
                strings.addAll(m.perpetrators());
                m.claims().stream().map(Claim::source).forEach(strings::add);
            }
        }
        List<String> xs = new ArrayList<>(strings);
        List<String> days = Arrays.asList(null, "", "None", "2015-11-15", "2015-11-15T10:00", "20151115",
                "20151115xx", "2015-W46-1", "2015W461", "2015-W46", "2015W46", "2015-W53-1", "2014-W53", "2015-W00",
                "2015-W46x1", "2015W46-1", "0000-01-01", "0001-W01-1", "9999-W52-5", "9999-W52-7", "2015-02-29",
                "2016-02-29", "2015-1-15", "2015/11/15", "2015-11-1\u00E9", "20151115\u00E9", "201511\u00E9",
                "\uFF12\uFF10\uFF11\uFF15-11-15", "+2015-11-15", "2015-11-15 ", " 2015-11-15", "2015-13-01");

        ObjectNode input = Json.mapper().createObjectNode();
        ArrayNode sa = input.putArray("strings");
        xs.forEach(sa::add);
        ArrayNode da = input.putArray("days");
        days.forEach(da::add);
        Path file = tmp.resolve("helpers.json");
        Files.writeString(file, Json.line(input), StandardCharsets.UTF_8);
        JsonNode py = Json.mapper().readTree(SharedData.python("-c", HELPERS, shared.resolve("gold").toString(),
                file.toString()));

        for (int i = 0; i < xs.size(); i++) {
            String x = xs.get(i);
            assertEquals(py.get("fold").get(i).asText(), TextMatch.fold(x), "fold " + x);
            assertEquals(py.get("place_key").get(i).asText(), TextMatch.placeKey(x), "place_key " + x);
            List<String> tokens = new ArrayList<>();
            py.get("source_tokens").get(i).forEach(t -> tokens.add(t.asText()));
            assertEquals(tokens, TextMatch.sourceTokens(x), "source_tokens " + x);
            assertEquals(py.get("acronym").get(i).asText(), TextMatch.acronym(x), "acronym " + x);
            for (int j = 0; j < xs.size(); j++) {
                String y = xs.get(j);
                assertEquals(py.get("same_place").get(i).get(j).asBoolean(), TextMatch.samePlace(x, y),
                        "same_place " + x + " / " + y);
                assertEquals(py.get("same_source").get(i).get(j).asBoolean(), TextMatch.sameSource(x, y),
                        "same_source " + x + " / " + y);
            }
        }
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = PyDay.parse(days.get(i));
            assertEquals(py.get("parse_day").get(i).asText(null), d == null ? null : d.toString(),
                    "parse_day " + days.get(i));
        }
        Set<Integer> combining = new HashSet<>();
        py.get("combining").forEach(c -> combining.add(c.intValue()));
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE) {
                continue; // assigned after Java's Unicode version, or not a character
            }
            String c = new String(Character.toChars(cp));
            if (Normalizer.normalize(c, Normalizer.Form.NFD).equals(c)) {
                assertEquals(combining.contains(cp), TextMatch.combining(cp), "combining U+" + Integer.toHexString(cp));
            }
        }
    }
}
