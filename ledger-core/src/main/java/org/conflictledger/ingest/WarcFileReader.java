package org.conflictledger.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WARC archive ({@code .warc}, or {@code .warc.gz} compressed record by record, as Common Crawl News
 * publishes them), streamed one record at a time with jwarc, so that only one page is ever in memory.
 *
 * <p>Only {@code response} records of HTTP status 200 with an HTML content type become articles;
 * requests, metadata, redirects, errors and other media are passed over (counted in the debug log).
 * Each page is cleaned as an HTML file is ({@link PageExtractor}), its charset taken from the HTTP
 * header when given, its Content-Encoding (gzip, deflate, br; not zstd) undone. The id is the record's WARC-Record-ID (else its URL), the URL the record's
 * WARC-Target-URI, the date the page's own, else the day of the record's WARC-Date (UTC). A page body
 * over {@link Limits#MAX_PAGE_BYTES} is a problem and skipped; a record whose HTTP message is broken is
 * a problem and reading goes on; a malformed or truncated archive is a problem and ends the file (a
 * record cut short at the end of a plain {@code .warc} is reported as an invalid record trailer).
 */
final class WarcFileReader {
    private static final Logger LOG = LoggerFactory.getLogger(WarcFileReader.class);
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private WarcFileReader() {
    }

    static void read(Path file, IngestRun.FileContext context) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() == 0) {
                context.problem(0, "empty file");
                return;
            }
            read(channel, context);
        }
    }

    /** An archive from a stream (another file system's file); a record cut short there reads as malformed. */
    static void read(InputStream stream, IngestRun.FileContext context) throws IOException {
        try (InputStream in = new BufferedInputStream(stream, 1 << 16)) {
            in.mark(1);
            if (in.read() < 0) {
                context.problem(0, "empty file");
                return;
            }
            in.reset();
            read(Channels.newChannel(in), context);
        }
    }

    private static void read(ReadableByteChannel channel, IngestRun.FileContext context) throws IOException {
        Counts counts = new Counts();
        WarcReader reader;
        try {
            reader = new WarcReader(channel);
        } catch (IOException | RuntimeException e) {
            context.problem(0, "not a WARC file: " + describe(e) + "; skipped");
            return;
        }
        try (reader) {
            // jwarc warns of anomalies it reads past, such as a record cut short at the end of the file
            reader.onWarning(warning -> context.problem(0, "record at byte " + reader.position() + ": " + warning));
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // a record header that cannot be parsed leaves no way to find the next record
                    context.problem(0, (counts.records == 0 ? "not a WARC file: " : "malformed record at byte "
                            + reader.position() + ": ") + describe(e) + "; rest of the file skipped");
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                counts.records++;
                if (next.get() instanceof WarcResponse response) {
                    try {
                        response(response, context, counts);
                    } catch (IOException | RuntimeException e) {
                        context.problem(0, "record " + name(response) + ": cannot read the HTTP response: "
                                + describe(e) + "; skipped");
                    }
                }
            }
        }
        LOG.debug("{}: {} records, {} articles, {} other records, {} responses not 200, {} not HTML", context.name(),
                counts.records, counts.articles, counts.records - counts.responses, counts.notOk, counts.notHtml);
    }

    private static void response(WarcResponse response, IngestRun.FileContext context, Counts counts)
            throws IOException {
        counts.responses++;
        if (!"application/http".equalsIgnoreCase(response.contentType().base().toString())) {
            counts.notHtml++;
            return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            counts.notOk++;
            return;
        }
        MediaType type = http.headers().first("Content-Type").isPresent() ? http.contentType()
                : response.identifiedPayloadType().orElse(MediaType.OCTET_STREAM);
        if (!HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            counts.notHtml++;
            return;
        }
        byte[] bytes;
        MessageBody body = http.bodyDecoded();
        try (InputStream in = Channels.newInputStream(body)) {
            bytes = Bytes.readAtMost(in, Limits.MAX_PAGE_BYTES + 1);
        }
        String name = name(response);
        if (bytes.length > Limits.MAX_PAGE_BYTES) {
            context.problem(0, "record " + name + ": page is larger than " + Limits.MAX_PAGE_BYTES
                    + " bytes; skipped");
            return;
        }
        if (bytes.length == 0) {
            context.problem(0, "record " + name + ": empty page; skipped");
            return;
        }
        if (Bytes.looksBinaryMarkup(bytes, bytes.length)) {
            context.problem(0, "record " + name + ": binary content labelled as HTML; skipped");
            return;
        }
        String url = response.target();
        PageExtractor.Page page = PageExtractor.extract(bytes, charset(type), url == null ? "" : url);
        Instant date = header(response::date);
        LocalDate crawled = date == null ? null : date.atZone(ZoneOffset.UTC).toLocalDate();
        URI recordId = header(response::id);
        String id = recordId != null ? recordId.toString() : url;
        if (id == null || id.isBlank()) {
            context.problem(0, "record " + name + ": neither a WARC-Record-ID nor a WARC-Target-URI; skipped");
            return;
        }
        WebArticles.fromPage(id, page, url, crawled, message -> context.problem(0, "record " + name + ": " + message))
                .ifPresent(article -> {
                    counts.articles++;
                    context.article(article, 0);
                });
    }

    /** The charset an HTTP Content-Type declares, or null when it declares none this JVM knows. */
    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The record as problems name it: its URL, and its id. */
    private static String name(WarcResponse response) {
        URI id = header(response::id);
        String target = response.target();
        return (target == null ? "" : target + " ") + (id == null ? "" : id.toString());
    }

    /** A header value jwarc parses, or null when the header is missing, repeated or malformed. */
    private static <T> T header(Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String s = message.replaceAll("\\s+", " ").strip();
        return s.length() <= 240 ? s : s.substring(0, 240) + "...";
    }

    private static final class Counts {
        long records;
        long responses;
        long notOk;
        long notHtml;
        long articles;
    }
}
