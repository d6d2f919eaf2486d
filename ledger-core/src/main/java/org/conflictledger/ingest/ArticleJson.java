package org.conflictledger.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.conflictledger.model.Article;
import org.conflictledger.model.Json;

/**
 * Reads one article object of the data contract, validating by hand so that every rejection says
 * which field was wrong and how. Unknown fields (such as the gold files' {@code incidents}) are ignored.
 */
final class ArticleJson {
    private static final ObjectReader READER =
            Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int MAX_MESSAGE_CHARS = 240;

    private ArticleJson() {
    }

    /**
     * Parses {@code json} as an article.
     *
     * @param json one JSON document
     * @param fallbackId the id to use when the object has none
     * @param multiLine whether JSON error positions should name a line as well as a column
     * @param problems receives each problem, fatal or not
     * @return the article, or empty when it had to be skipped (a problem then says why)
     */
    static Optional<Article> parse(String json, String fallbackId, boolean multiLine, Consumer<String> problems) {
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JsonProcessingException e) {
            problems.accept("invalid JSON" + where(e.getLocation(), multiLine) + ": " + shorten(e.getOriginalMessage()));
            return Optional.empty();
        }
        if (node == null || node.isMissingNode()) {
            problems.accept("no JSON value");
            return Optional.empty();
        }
        if (!node.isObject()) {
            problems.accept("expected a JSON object, found " + kind(node));
            return Optional.empty();
        }
        Optional<String> text = text(node.get("text"), problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String id = id(node.get("id"), fallbackId, problems);
        return Optional.of(new Article(id,
                optionalString(node, "url", problems),
                optionalString(node, "outlet", problems),
                published(node.get("published"), problems),
                optionalString(node, "title", problems),
                text.get()));
    }

    /**
     * A date from an ISO date ({@code 2015-11-18}) or a datetime starting with one
     * ({@code 2015-11-18T09:30:00Z}); null when the value is neither.
     */
    static LocalDate parseDate(String value) {
        String s = value.strip();
        if (s.length() < 10) {
            return null;
        }
        if (s.length() > 10) {
            char separator = s.charAt(10);
            if (separator != 'T' && separator != 't' && separator != ' ') {
                return null;
            }
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> text(JsonNode node, Consumer<String> problems) {
        if (node == null || node.isNull()) {
            problems.accept("missing \"text\"; article skipped");
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.accept("\"text\" is " + kind(node) + ", not a string; article skipped");
            return Optional.empty();
        }
        String text = node.textValue();
        if (text.isBlank()) {
            problems.accept("\"text\" is blank; article skipped");
            return Optional.empty();
        }
        if (text.length() > Limits.MAX_TEXT_CHARS) {
            problems.accept(tooLong(text.length()));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The problem message for a text over {@link Limits#MAX_TEXT_CHARS}. */
    static String tooLong(long chars) {
        return "text has " + chars + " characters, more than the limit of " + Limits.MAX_TEXT_CHARS
                + "; article skipped";
    }

    private static String id(JsonNode node, String fallbackId, Consumer<String> problems) {
        if (node == null || node.isNull()) {
            return fallbackId;
        }
        if (node.isTextual() || node.isNumber()) {
            String id = node.asText();
            return id.isBlank() ? fallbackId : id;
        }
        problems.accept("\"id\" is " + kind(node) + ", not a string; using \"" + fallbackId + "\"");
        return fallbackId;
    }

    private static String optionalString(JsonNode object, String field, Consumer<String> problems) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.accept("\"" + field + "\" is " + kind(node) + ", not a string; ignored");
            return null;
        }
        return node.textValue().isBlank() ? null : node.textValue();
    }

    private static LocalDate published(JsonNode node, Consumer<String> problems) {
        if (node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank())) {
            return null;
        }
        LocalDate date = node.isTextual() ? parseDate(node.textValue()) : null;
        if (date == null) {
            problems.accept("\"published\" is not an ISO date: " + shorten(node.toString())
                    + "; article kept without a date");
        }
        return date;
    }

    private static String where(JsonLocation location, boolean multiLine) {
        if (location == null || location.getColumnNr() < 1) {
            return "";
        }
        return multiLine
                ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                : " at column " + location.getColumnNr();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String shorten(String message) {
        if (message == null) {
            return "unknown error";
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_MESSAGE_CHARS ? oneLine : oneLine.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
}
