package org.conflictledger.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.conflictledger.model.Article;

/**
 * An article as it travels between Spark tasks (the model's records are not {@link Serializable}).
 *
 * @param position where the article stands in the input: the file's number in the high 32 bits, the
 *     article's number within the file in the low 32 bits, so that sorting by it gives input order
 * @param id the article's id
 * @param url the page address, or null
 * @param outlet the publisher, or null
 * @param published publication day, or null
 * @param title headline, or null
 * @param text full text
 */
record ArticleRow(long position, String id, String url, String outlet, LocalDate published, String title,
                  String text) implements Serializable {
    private static final long serialVersionUID = 1L;

    static ArticleRow of(long position, Article a) {
        return new ArticleRow(position, a.id(), a.url(), a.outlet(), a.published(), a.title(), a.text());
    }

    /** The position of the {@code n}-th article (from 0) of the {@code file}-th input file (from 0). */
    static long position(int file, long n) {
        if (file < 0 || n < 0 || n > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("no position for article " + n + " of file " + file);
        }
        return ((long) file << 32) | n;
    }

    ArticleRow withId(String newId) {
        return new ArticleRow(position, newId, url, outlet, published, title, text);
    }

    Article article() {
        return new Article(id, url, outlet, published, title, text);
    }
}
