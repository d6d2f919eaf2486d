package org.conflictledger.ingest;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.conflictledger.model.Article;

/** The state of one {@link Ingest#read} call: where results go, and the ids seen so far. */
final class IngestRun {
    private final Consumer<Article> articles;
    private final Consumer<IngestProblem> problems;
    private final Set<String> ids = new HashSet<>();
    private int articleCount;

    IngestRun(Consumer<Article> articles, Consumer<IngestProblem> problems) {
        this.articles = articles;
        this.problems = problems;
    }

    int articleCount() {
        return articleCount;
    }

    /** A problem with a path as a whole. */
    void problem(Path path, String message) {
        problems.accept(new IngestProblem(path.toString(), 0, message));
    }

    FileContext file(Path path) {
        return new FileContext(path.toString(), Format.stem(path));
    }

    /** Reporting for a file known only by name, such as a stream from another file system. */
    FileContext file(String name) {
        return new FileContext(name, Format.stem(name));
    }

    /** Reporting for one file: caps its problems and makes its article ids unique in the run. */
    final class FileContext {
        private final String file;
        private final String stem;
        private int reported;
        private long suppressed;

        private FileContext(String file, String stem) {
            this.file = file;
            this.stem = stem;
        }

        /** The file as problems name it. */
        String name() {
            return file;
        }

        /** The file's name without its extension: the id of a one-article file, the prefix of fallback ids. */
        String stem() {
            return stem;
        }

        /** Reports a problem at a 1-based line, or 0 when not line-based. */
        void problem(long line, String message) {
            if (reported >= Limits.MAX_PROBLEMS_PER_FILE) {
                suppressed++;
                return;
            }
            reported++;
            problems.accept(new IngestProblem(file, clamp(line), message));
        }

        /**
         * Hands an article on, its title and text repaired of mojibake ({@link Mojibake}), renamed first when its id
         * was already used in this run.
         */
        void article(Article read, long line) {
            String title = Mojibake.repair(read.title());
            String text = Mojibake.repair(read.text());
            Article article = title == read.title() && text == read.text() ? read
                    : new Article(read.id(), read.url(), read.outlet(), read.published(), title, text);
            Article unique = article;
            if (!ids.add(article.id())) {
                String renamed;
                int n = 2;
                do {
                    renamed = article.id() + "#" + n++;
                } while (!ids.add(renamed));
                problem(line, "duplicate id \"" + article.id() + "\"; renamed to \"" + renamed + "\"");
                unique = new Article(renamed, article.url(), article.outlet(), article.published(),
                        article.title(), article.text());
            }
            articleCount++;
            articles.accept(unique);
        }

        /** Reports how many problems the cap held back, if any. */
        void finish() {
            if (suppressed > 0) {
                problems.accept(new IngestProblem(file, 0,
                        suppressed + " more problems in this file were not reported"));
                suppressed = 0;
            }
        }

        private int clamp(long line) {
            return (int) Math.min(Math.max(line, 0), Integer.MAX_VALUE);
        }
    }
}
