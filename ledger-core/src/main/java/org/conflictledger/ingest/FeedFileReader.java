package org.conflictledger.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.XmlReaderException;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, read with Rome: each item becomes an article with its title,
 * date, link and its content (or, when that is shorter, its description), HTML stripped and boilerplate
 * removed as for pages. The id is the item's guid (Atom: id), else its link, else
 * {@code <file-stem>-<n>} for the n-th item. The outlet is the feed's own title. A {@code .xml} file
 * whose root element is not {@code rss}, {@code feed} or {@code rdf:RDF} is reported and skipped.
 *
 * <p>Dates are read from the item's own date string where it gives one, keeping the publisher's day
 * ({@code 00:30+03:00} on the 18th is the 18th); Rome's parsed instant, taken in UTC, is the fallback.
 * Doctype declarations are refused and no external entity is ever loaded.
 */
final class FeedFileReader {
    private static final Logger LOG = LoggerFactory.getLogger(FeedFileReader.class);
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");
    /** Item date elements, best first: RSS pubDate, Atom published, Dublin Core date, then updates. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "date", "created",
            "updated", "modified");

    private FeedFileReader() {
    }

    static void read(InputStream in, IngestRun.FileContext context) throws IOException {
        byte[] bytes = Bytes.readMarkup(in, Limits.MAX_FEED_BYTES, "feed", context);
        if (bytes == null) {
            return;
        }
        Document xml;
        try (Reader reader = new XmlFixerReader(new XmlReader(new ByteArrayInputStream(bytes), true))) {
            xml = new SafeInput().parser().build(reader);
        } catch (JDOMException e) {
            context.problem(0, "not well-formed XML: " + oneLine(e.getMessage()) + "; skipped");
            return;
        } catch (XmlReaderException e) {
            context.problem(0, "cannot tell the XML encoding: " + oneLine(e.getMessage()) + "; skipped");
            return;
        }
        Element root = xml.getRootElement();
        if (!FEED_ROOTS.contains(root.getName())) {
            context.problem(0, "not an RSS or Atom feed: the root element is <" + root.getQualifiedName()
                    + ">; skipped");
            return;
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(xml);
        } catch (FeedException | RuntimeException e) {
            // Rome reports feeds it cannot convert with IllegalArgumentException, and odd values may throw others
            context.problem(0, "not a feed Rome can read: " + oneLine(e.getMessage()) + "; skipped");
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        List<Element> items = items(root);
        if (items.size() != entries.size()) {
            LOG.debug("{}: {} items in the XML but {} entries from Rome; using Rome's dates", context.name(), items.size(),
                    entries.size());
            items = List.of();
        }
        if (entries.isEmpty()) {
            context.problem(0, "feed has no items");
            return;
        }
        String outlet = plain(feed.getTitle());
        String stem = context.stem();
        for (int i = 0; i < entries.size(); i++) {
            int n = i + 1;
            SyndEntry entry = entries.get(i);
            LocalDate published = items.isEmpty() ? null : rawDate(items.get(i));
            if (published == null) {
                published = day(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            }
            String link = PageMetadata.firstNonBlank(entry.getLink(), entry.getLinks() == null ? null
                    : entry.getLinks().stream().map(l -> l.getHref()).filter(h -> h != null && !h.isBlank())
                            .findFirst().orElse(null));
            String id = PageMetadata.firstNonBlank(entry.getUri(), link, stem + "-" + n);
            String title = plain(entry.getTitle());
            List<String> paragraphs = text(entry, link);
            if (paragraphs.isEmpty()) {
                if (title == null) {
                    context.problem(0, "item " + n + ": no title, description or content; skipped");
                    continue;
                }
                context.problem(0, "item " + n + ": no description or content; article holds only its title");
            }
            WebArticles.article(id, link, outlet, published, title, Boilerplate.articleText(title, paragraphs),
                            message -> context.problem(0, "item " + n + ": " + message))
                    .ifPresent(article -> context.article(article, 0));
        }
    }

    /** The paragraphs of the item's content or description, whichever is longer. */
    private static List<String> text(SyndEntry entry, String link) {
        List<String> best = List.of();
        List<SyndContent> candidates = new ArrayList<>();
        if (entry.getContents() != null) {
            candidates.addAll(entry.getContents());
        }
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        for (SyndContent content : candidates) {
            List<String> paragraphs = paragraphs(content, link);
            if (length(paragraphs) > length(best)) {
                best = paragraphs;
            }
        }
        return best;
    }

    private static List<String> paragraphs(SyndContent content, String link) {
        String value = content.getValue();
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            List<HtmlText.Block> blocks = new ArrayList<>();
            for (String paragraph : value.split("\\n\\s*\\n")) {
                String text = paragraph.replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    blocks.add(new HtmlText.Block(text, 0, text.replace(" ", "").length()));
                }
            }
            return Boilerplate.keep(blocks);
        }
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(value, link == null ? "" : link);
        PageCleaner.clean(html.body());
        return Boilerplate.keep(HtmlText.blocks(html.body()));
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** The item elements in document order, as Rome lists its entries: RSS under channel, RDF and Atom at the root. */
    private static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        List<Element> parents = new ArrayList<>();
        parents.add(root);
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                parents.add(child);
            }
        }
        for (Element parent : parents) {
            for (Element child : parent.getChildren()) {
                if (child.getName().equals("item") || child.getName().equals("entry")) {
                    items.add(child);
                }
            }
        }
        return items;
    }

    private static LocalDate rawDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    LocalDate date = PageDates.parse(child.getTextNormalize());
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Feed titles may carry markup or escaped entities; their text, whitespace collapsed, or null. */
    private static String plain(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String text = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(s).text() : s;
        text = text.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String s = message.replaceAll("\\s+", " ").strip();
        return s.length() <= 240 ? s : s.substring(0, 240) + "...";
    }

    /** Rome's hardened XML parser settings (no doctypes, no external entities), used for our own parse. */
    private static final class SafeInput extends WireFeedInput {
        org.jdom2.input.SAXBuilder parser() {
            return createSAXBuilder();
        }
    }
}
