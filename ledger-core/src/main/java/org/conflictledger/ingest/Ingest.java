package org.conflictledger.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.conflictledger.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: reads files, and directories of them, into {@link Article}s.
 *
 * <p>Formats, told apart by extension: {@code .txt} (one article, first line the title),
 * {@code .jsonl} (one article object per line), {@code .json} (one article object), {@code .html} and
 * {@code .htm} (a web page: main text with menus, related links, scripts, asides and ad blocks
 * removed, plus title, date, outlet and URL from the page's metadata), {@code .rss}, {@code .atom}
 * and {@code .xml} (an RSS or Atom feed, one article per item; a {@code .xml} file with another root
 * element is reported), and {@code .warc} / {@code .warc.gz} (a web archive such as Common Crawl News,
 * one article per HTML response of status 200). Page and feed texts open with the title and keep
 * paragraph breaks as blank lines.
 *
 * <p>Nothing is fetched: ingest reads only local files, so a list of URLs to download is not an input
 * (there is no network where it runs). Fetch pages into a WARC, or save them as {@code .html}, first.
 *
 * <p>Messy input is data, not an error: every file, line, item or record that cannot be read becomes
 * an {@link IngestProblem} and reading goes on; binary files, pages over 10 MB and malformed markup
 * are such problems, never exceptions. Article ids are unique within one call; a repeated id is
 * renamed {@code id#2}, {@code id#3}, ... with a problem recorded. JSONL files and WARC archives are
 * streamed, one line or record at a time, so their size is bounded only by the disk. Only misuse
 * (null arguments) throws.
 */
public final class Ingest {
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private Ingest() {
    }

    /**
     * Reads every path in order: files, or directories walked recursively in sorted path order
     * (hidden entries and files of other types skipped silently; {@code .xml} files that are not feeds
     * are reported).
     *
     * @param paths files and directories, read in the order given
     * @param articles receives each article as soon as it is read
     * @param problems receives each problem as soon as it is found
     * @return the number of articles handed to {@code articles}
     */
    public static int read(List<Path> paths, Consumer<Article> articles, Consumer<IngestProblem> problems) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(problems, "problems");
        for (Path path : paths) {
            Objects.requireNonNull(path, "paths must not contain null");
        }
        IngestRun run = new IngestRun(articles, problems);
        for (Path path : paths) {
            readPath(path, run);
        }
        LOG.debug("ingested {} articles from {} paths", run.articleCount(), paths.size());
        return run.articleCount();
    }

    /**
     * Reads every path into memory; see {@link #read(List, Consumer, Consumer)}.
     *
     * @param paths files and directories, read in the order given
     * @return the articles and problems, in the order they were found
     */
    public static IngestResult readAll(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        read(paths, articles::add, problems::add);
        return new IngestResult(articles, problems);
    }

    /**
     * Whether a file of this name is an input that {@link #read(String, InputStream, Consumer, Consumer)}
     * reads; directories are walked for such files.
     *
     * @param name a file name, path or URI; its last {@code /}-separated segment is looked at
     */
    public static boolean supports(String name) {
        return Format.of(Objects.requireNonNull(name, "name")).isPresent();
    }

    /**
     * Reads one file's content from a stream, as {@link #read(List, Consumer, Consumer)} reads a file of that
     * name: the format is told by the name's extension, ids fall back to the name's stem, problems name it.
     * For files on other file systems (HDFS, S3, a Spark task's input split). The stream is read, but not
     * closed: the caller owns it.
     *
     * @param name the file's name, path or URI; its last {@code /}-separated segment gives the format
     * @param in the file's bytes
     * @param articles receives each article as soon as it is read; ids unique within this call
     * @param problems receives each problem as soon as it is found, among them an unsupported extension
     *     and a stream that fails while being read
     * @return the number of articles handed to {@code articles}
     */
    public static int read(String name, InputStream in, Consumer<Article> articles, Consumer<IngestProblem> problems) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(problems, "problems");
        IngestRun run = new IngestRun(articles, problems);
        Optional<Format> format = Format.of(name);
        if (format.isEmpty()) {
            problems.accept(new IngestProblem(name, 0,
                    "unsupported file type; expected " + Format.allExtensions()));
            return 0;
        }
        readStream(new UnclosedInputStream(in), format.get(), run.file(name));
        return run.articleCount();
    }

    private static void readPath(Path path, IngestRun run) {
        if (Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                run.problem(path, "cannot read directory: permission denied");
                return;
            }
            for (Path file : FileTree.list(path, run)) {
                readFile(file, Format.of(file).orElseThrow(), run);
            }
            return;
        }
        if (!Files.exists(path)) {
            run.problem(path, "no such file or directory");
            return;
        }
        if (!Files.isRegularFile(path)) {
            run.problem(path, "not a regular file or directory");
            return;
        }
        Optional<Format> format = Format.of(path);
        if (format.isEmpty()) {
            run.problem(path, "unsupported file type; expected " + Format.allExtensions() + " or a directory");
            return;
        }
        if (!Files.isReadable(path)) {
            run.problem(path, "cannot read file: permission denied");
            return;
        }
        readFile(path, format.get(), run);
    }

    private static void readFile(Path file, Format format, IngestRun run) {
        IngestRun.FileContext context = run.file(file);
        if (format == Format.WARC) {
            // a file channel, so that jwarc can tell a record cut short at the end of the file
            LOG.debug("reading {} as {}", file, format);
            try {
                WarcFileReader.read(file, context);
            } catch (IOException e) {
                context.problem(0, "cannot read file: " + IoErrors.describe(e));
            } catch (UncheckedIOException e) {
                context.problem(0, "cannot read file: " + IoErrors.describe(e.getCause()));
            } finally {
                context.finish();
            }
            return;
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            context.problem(0, "cannot read file: " + IoErrors.describe(e));
            context.finish();
            return;
        }
        try (in) {
            readStream(in, format, context);
        } catch (IOException e) {
            // closing a file that was read cannot lose anything read from it
            LOG.debug("cannot close {}: {}", file, IoErrors.describe(e));
        }
    }

    private static void readStream(InputStream in, Format format, IngestRun.FileContext context) {
        LOG.debug("reading {} as {}", context.name(), format);
        try {
            switch (format) {
                case TXT -> TextFileReader.read(in, context);
                case JSONL -> JsonlFileReader.read(in, context);
                case JSON -> JsonFileReader.read(in, context);
                case HTML -> HtmlFileReader.read(in, context);
                case FEED -> FeedFileReader.read(in, context);
                case WARC -> WarcFileReader.read(in, context);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        } catch (IOException e) {
            context.problem(0, "cannot read file: " + IoErrors.describe(e));
        } catch (UncheckedIOException e) {
            context.problem(0, "cannot read file: " + IoErrors.describe(e.getCause()));
        } finally {
            context.finish();
        }
    }

    /** The caller's stream, left open when a reader closes what it wrapped around it. */
    private static final class UnclosedInputStream extends FilterInputStream {
        UnclosedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes the stream it handed in
        }
    }
}
