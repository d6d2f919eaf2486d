package org.conflictledger.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article in one HTML page: its metadata, then its main text with the boilerplate removed.
 *
 * <p>Steps: decode (byte-order mark, else the charset the transport declared, else the page's own
 * {@code <meta charset>}, else UTF-8, else windows-1252 when the bytes are not UTF-8); read the
 * metadata from the untouched page; strip what is never article text ({@link PageCleaner}); find the
 * main content with Readability4J, falling back to the page's article container when Readability
 * finds nothing or keeps less than half of it; render paragraphs ({@link HtmlText}); and drop the
 * remaining link lists, lead-ins and ad blocks ({@link Boilerplate}).
 */
final class PageExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(PageExtractor.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The address given to Readability for a page whose own is unknown (a file on disk). */
    private static final String PLACEHOLDER_URI = "http://localhost/";
    /** Pages deeper or larger than this skip Readability (see {@link #tooHeavyForReadability}). */
    private static final int MAX_READABILITY_DEPTH = 100;
    private static final int MAX_READABILITY_ELEMENTS = 50_000;

    /**
     * What a page holds.
     *
     * @param title the headline, or null
     * @param paragraphs the main text's paragraphs, in order; empty when the page has no article text
     * @param published the publication day, or null
     * @param outlet the publisher's name, or null
     * @param url the page's address, or null
     */
    record Page(String title, List<String> paragraphs, LocalDate published, String outlet, String url) {
        Page {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The article text: title, blank line, paragraphs separated by blank lines. */
        String text() {
            return Boilerplate.articleText(title, paragraphs);
        }
    }

    private PageExtractor() {
    }

    /**
     * Extracts the article from raw page bytes.
     *
     * @param bytes the page
     * @param declared the charset the transport declared (an HTTP header), or null
     * @param baseUri the page's address, or "" for a file on disk
     */
    static Page extract(byte[] bytes, Charset declared, String baseUri) {
        Document doc = parse(bytes, declared, baseUri);
        PageMetadata metadata = PageMetadata.of(doc, baseUri);
        PageCleaner.clean(doc);
        List<String> paragraphs = mainText(doc, readabilityUri(baseUri, metadata.url()));
        return new Page(metadata.title(), paragraphs, metadata.published(), metadata.outlet(), metadata.url());
    }

    /** Parses the bytes with the charset chosen as {@link PageExtractor} describes. */
    static Document parse(byte[] bytes, Charset declared, String baseUri) {
        Document doc = parseAs(bytes, declared == null ? null : declared.name(), baseUri);
        if (declared == null && !Bytes.startsWithBom(bytes, bytes.length)
                && StandardCharsets.UTF_8.equals(doc.charset()) && !declaresCharset(doc)
                && !Bytes.isValidUtf8(bytes)) {
            doc = parseAs(bytes, WINDOWS_1252.name(), baseUri);
        }
        return doc;
    }

    private static Document parseAs(byte[] bytes, String charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri);
        } catch (IOException e) {
            // a byte array cannot fail to read
            throw new UncheckedIOException(e);
        }
    }

    private static boolean declaresCharset(Document doc) {
        return doc.selectFirst("meta[charset], meta[http-equiv~=(?i)^content-type$]") != null;
    }

    /**
     * The paragraphs of Readability4J's choice of main content, unless it found none or kept less than
     * half of the page's own article container, whose paragraphs then win; those of the whole body when
     * the page marks no container.
     */
    private static List<String> mainText(Document cleaned, String baseUri) {
        Element container = PageCleaner.articleContainer(cleaned);
        List<String> fallback = paragraphs(container != null ? container : cleaned.body());
        Element readable = tooHeavyForReadability(cleaned) ? null : readability(cleaned, baseUri);
        List<String> chosen = paragraphs(readable);
        if (chosen.isEmpty()) {
            return fallback;
        }
        if (container != null && length(chosen) < length(fallback) / 2) {
            LOG.debug("Readability kept {} of {} chars of the article container; using the container",
                    length(chosen), length(fallback));
            return fallback;
        }
        return chosen;
    }

    private static List<String> paragraphs(Element content) {
        return content == null ? List.of() : Boilerplate.keep(HtmlText.blocks(content));
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /**
     * Whether the page is too deep or too large for Readability, whose running time grows with depth
     * times size (minutes for 20,000 nested divs): such pages are pathological or machine-made, and the
     * article container, cleaned, serves instead.
     */
    private static boolean tooHeavyForReadability(Document doc) {
        int[] elements = {0};
        int[] maxDepth = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element) {
                elements[0]++;
                maxDepth[0] = Math.max(maxDepth[0], depth);
            }
        }, doc);
        boolean heavy = elements[0] > MAX_READABILITY_ELEMENTS || maxDepth[0] > MAX_READABILITY_DEPTH;
        if (heavy) {
            LOG.debug("page of {} elements, {} deep: main content from its container, not Readability", elements[0],
                    maxDepth[0]);
        }
        return heavy;
    }

    /** Readability resolves links against an absolute address and logs an error without one. */
    private static String readabilityUri(String baseUri, String pageUrl) {
        if (baseUri.startsWith("http://") || baseUri.startsWith("https://")) {
            return baseUri;
        }
        return pageUrl != null ? pageUrl : PLACEHOLDER_URI;
    }

    private static Element readability(Document cleaned, String baseUri) {
        try {
            return new Readability4J(baseUri, cleaned.clone()).parse().getArticleContent();
        } catch (RuntimeException e) {
            // Readability is a heuristic library; on markup it cannot handle, the container will do
            LOG.warn("Readability4J failed on {}; using the page's article container: {}", baseUri, e.toString());
            return null;
        }
    }
}
