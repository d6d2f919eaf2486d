package org.conflictledger.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.conflictledger.model.Article;

/** Turns what was read from the web (pages, feed items) into articles, with the same checks for all. */
final class WebArticles {
    private WebArticles() {
    }

    /**
     * The article of a page, or empty (with a problem) when the page holds no article text or too much.
     *
     * @param id the article id
     * @param page what the page holds
     * @param url the address to use instead of the page's own, or null
     * @param fallbackDate the day to use when the page gives none, or null
     * @param problems receives the reason when the page is skipped
     */
    static Optional<Article> fromPage(String id, PageExtractor.Page page, String url, LocalDate fallbackDate,
                                      Consumer<String> problems) {
        if (page.paragraphs().isEmpty()) {
            problems.accept("no article text found in the page; skipped");
            return Optional.empty();
        }
        return article(id, url != null ? url : page.url(), page.outlet(),
                page.published() != null ? page.published() : fallbackDate, page.title(), page.text(), problems);
    }

    /** An article, or empty (with a problem) when its text is blank or over {@link Limits#MAX_TEXT_CHARS}. */
    static Optional<Article> article(String id, String url, String outlet, LocalDate published, String title,
                                     String text, Consumer<String> problems) {
        if (text.isBlank()) {
            problems.accept("no text; skipped");
            return Optional.empty();
        }
        if (text.length() > Limits.MAX_TEXT_CHARS) {
            problems.accept(ArticleJson.tooLong(text.length()));
            return Optional.empty();
        }
        return Optional.of(new Article(id, url, outlet, published, blankToNull(title), text));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
