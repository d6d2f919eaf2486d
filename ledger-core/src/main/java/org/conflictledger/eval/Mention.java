package org.conflictledger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.conflictledger.model.Claim;
import org.conflictledger.model.IncidentMention;

/**
 * One incident as the gold scorer reads it, whether it came from a gold file (a JSON tree, read with
 * Python's semantics) or from our own {@link IncidentMention}: only the fields {@code score.py} looks at.
 *
 * @param incidentId the incident id, or null
 * @param eventType the event type's schema code, or null
 * @param day {@code parse_day(date_start)}: null when missing or not a date
 * @param location the place name, or null
 * @param country the country code as given, or null
 * @param perpetrators the perpetrators as given (entries may be null)
 * @param figures the claims that have a figure, as {@code claim_keys} keeps them
 */
record Mention(String incidentId, String eventType, LocalDate day, String location, String country,
               List<String> perpetrators, List<Figure> figures) {

    /**
     * A claim with a figure.
     *
     * @param category lower-cased category, "" when missing
     * @param group lower-cased group, "all" when missing
     * @param value the figure, as Python's {@code int()} reads it
     * @param source the source as given, or null
     */
    record Figure(String category, String group, BigInteger value, String source) {
        /** The figure's key as {@code claim_keys(incident, with_group)} gives it. */
        Key key(boolean withGroup) {
            return new Key(category, withGroup ? group : "*", value);
        }
    }

    /**
     * A figure's identity within one article: {@code (category, group, value)}.
     *
     * @param category lower-cased category
     * @param group lower-cased group, or "*" when groups are ignored
     * @param value the figure
     */
    record Key(String category, String group, BigInteger value) {
    }

    Mention {
        perpetrators = Collections.unmodifiableList(new ArrayList<>(perpetrators));
        figures = List.copyOf(figures);
    }

    /** The scorer's view of a system mention. */
    static Mention of(IncidentMention m) {
        List<Figure> figures = new ArrayList<>();
        for (Claim c : m.claims()) {
            if (c.value() != null) {
                figures.add(new Figure(c.category().code(), c.group().code(), BigInteger.valueOf(c.value()), c.source()));
            }
        }
        String date = m.dateStart() == null ? null : m.dateStart().toString();
        return new Mention(m.incidentId(), m.eventType().code(), PyDay.parse(date), m.location(), m.country(),
                m.perpetrators(), figures);
    }

    /** The scorer's view of a gold incident (a JSON object of GUIDE.md's schema). */
    static Mention fromJson(JsonNode n) {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode c : items(n.get("claims"))) {
            if (!c.isObject()) {
                throw new IllegalArgumentException("claim is not a JSON object: " + c);
            }
            JsonNode v = c.get("value");
            if (v == null || v.isNull()) {
                continue;
            }
            BigInteger value = pyInt(v);
            if (value == null) {
                continue;
            }
            String category = or(str(c.get("category")), "").toLowerCase(Locale.ROOT);
            String group = or(str(c.get("group")), "all").toLowerCase(Locale.ROOT);
            figures.add(new Figure(category, group, value, str(c.get("source"))));
        }
        List<String> perpetrators = new ArrayList<>();
        for (JsonNode p : items(n.get("perpetrators"))) {
            perpetrators.add(str(p));
        }
        return new Mention(str(n.get("incident_id")), str(n.get("event_type")), PyDay.parse(str(n.get("date_start"))),
                str(n.get("location")), str(n.get("country")), perpetrators, figures);
    }

    /** Python's {@code x or default} for a string. */
    static String or(String s, String dflt) {
        return s == null || s.isEmpty() ? dflt : s;
    }

    /** A JSON value as the string Python holds (null for null or missing; numbers as Python prints integers). */
    static String str(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return n.isTextual() ? n.textValue() : n.asText();
    }

    private static Iterable<JsonNode> items(JsonNode n) {
        return n != null && n.isArray() ? n : List.of();
    }

    /** Python's {@code int(v)} for a JSON value, or null where it raises. */
    static BigInteger pyInt(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d).toBigInteger() : null;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return v.isTextual() ? pyInt(v.textValue()) : null;
    }

    /** Python's {@code int(s)} for a string: trimmed, optional sign, Unicode decimal digits, single underscores between them. */
    static BigInteger pyInt(String s) {
        int[] cps = s.codePoints().toArray();
        int from = 0;
        int to = cps.length;
        while (from < to && isPySpace(cps[from])) {
            from++;
        }
        while (to > from && isPySpace(cps[to - 1])) {
            to--;
        }
        StringBuilder digits = new StringBuilder();
        if (from < to && (cps[from] == '+' || cps[from] == '-')) {
            digits.append((char) cps[from]);
            from++;
        }
        boolean afterDigit = false;
        int count = 0;
        for (int i = from; i < to; i++) {
            int cp = cps[i];
            if (cp == '_' && afterDigit && i + 1 < to && Character.isDigit(cps[i + 1])) {
                afterDigit = false;
                continue;
            }
            if (!Character.isDigit(cp)) {
                return null;
            }
            digits.append((char) ('0' + Character.digit(cp, 10)));
            afterDigit = true;
            count++;
        }
        return count == 0 ? null : new BigInteger(digits.toString());
    }

    private static boolean isPySpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }
}
