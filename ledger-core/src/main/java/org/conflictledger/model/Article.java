package org.conflictledger.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as ingested.
 *
 * @param id stable identifier, unique within a run
 * @param url the page address, or null
 * @param outlet the publisher, or null
 * @param published publication day, or null when unknown; relative dates resolve against it
 * @param title headline, or null
 * @param text full text; every evidence offset points into it
 */
public record Article(String id, String url, String outlet, LocalDate published, String title, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }
}
