package org.conflictledger.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictledger.model.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page says about itself in machine-readable places: Open Graph and other meta tags, JSON-LD,
 * {@code <link rel=canonical>}, {@code <time datetime>}. Read from the whole page before any cleaning.
 *
 * @param title the headline, or null
 * @param published the publication day, or null
 * @param outlet the publisher's name, or null (never guessed from the host name)
 * @param url the page's absolute http(s) address, or null
 */
record PageMetadata(String title, LocalDate published, String outlet, String url) {
    private static final Logger LOG = LoggerFactory.getLogger(PageMetadata.class);
    private static final ObjectReader JSON = Json.mapper().reader()
            .with(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .with(JsonReadFeature.ALLOW_JAVA_COMMENTS);
    /** Meta tags that give the publication time, best first. */
    private static final List<String> OPEN_GRAPH_DATES = List.of(
            "article:published_time", "og:article:published_time", "og:published_time");
    private static final List<String> OTHER_META_DATES = List.of(
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
            "parsely-pub-date", "sailthru.date", "article.published", "article_date_original",
            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenews",
            "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "report", "webpage");
    private static final int MAX_JSON_LD_CHARS = 1 << 20;

    /**
     * Reads the metadata of {@code doc}.
     *
     * @param baseUri the address the page was fetched from, or "" for a file on disk
     */
    static PageMetadata of(Document doc, String baseUri) {
        Map<String, String> meta = metaTags(doc);
        List<JsonNode> linkedData = linkedData(doc);
        String outlet = firstNonBlank(meta.get("og:site_name"), publisherName(linkedData),
                meta.get("application-name"));
        return new PageMetadata(title(doc, meta, linkedData, outlet), published(doc, meta, linkedData), outlet,
                url(doc, meta, baseUri));
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element element : doc.select("meta[content]")) {
            String content = element.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop")) {
                String name = element.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    meta.putIfAbsent(name, content);
                }
            }
        }
        return meta;
    }

    // --- title ------------------------------------------------------------------------------

    private static String title(Document doc, Map<String, String> meta, List<JsonNode> linkedData, String outlet) {
        String title = firstNonBlank(meta.get("og:title"), meta.get("twitter:title"), headline(linkedData),
                doc.title(), text(doc.selectFirst("article h1, main h1, h1")));
        return title == null ? null : withoutSiteName(normalise(title), outlet);
    }

    /** "Headline | The Outlet" and "Headline - The Outlet" lose the outlet. */
    private static String withoutSiteName(String title, String outlet) {
        if (outlet == null) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ")) {
            String suffix = separator + outlet.strip();
            if (title.length() > suffix.length() && title.toLowerCase(Locale.ROOT)
                    .endsWith(suffix.toLowerCase(Locale.ROOT))) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    // --- date -------------------------------------------------------------------------------

    private static LocalDate published(Document doc, Map<String, String> meta, List<JsonNode> linkedData) {
        for (String key : OPEN_GRAPH_DATES) {
            LocalDate date = PageDates.parse(meta.get(key));
            if (date != null) {
                return date;
            }
        }
        LocalDate date = linkedDataDate(linkedData);
        if (date != null) {
            return date;
        }
        for (Element element : doc.select("[itemprop=datePublished]")) {
            date = PageDates.parse(firstNonBlank(element.attr("datetime"), element.attr("content"), element.text()));
            if (date != null) {
                return date;
            }
        }
        for (String key : OTHER_META_DATES) {
            date = PageDates.parse(meta.get(key));
            if (date != null) {
                return date;
            }
        }
        return timeElementDate(doc);
    }

    /**
     * A {@code <time datetime>} marked as the publication time, else the first one inside the article,
     * else the page's only one. Times elsewhere (menus, related stories) date other stories.
     */
    private static LocalDate timeElementDate(Document doc) {
        for (String query : List.of("time[pubdate][datetime]", "article time[datetime], main time[datetime]")) {
            for (Element time : doc.select(query)) {
                LocalDate date = PageDates.parse(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        List<Element> times = doc.select("time[datetime]");
        return times.size() == 1 ? PageDates.parse(times.get(0).attr("datetime")) : null;
    }

    // --- url --------------------------------------------------------------------------------

    /**
     * The canonical link, else og:url, made absolute against the page's address (or og:url for a file on
     * disk); else the page's own address. Only absolute http(s) addresses are kept.
     */
    private static String url(Document doc, Map<String, String> meta, String baseUri) {
        String ogUrl = absoluteHttp(meta.get("og:url"), baseUri);
        String base = baseUri != null && !baseUri.isBlank() ? baseUri : ogUrl;
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String canonicalUrl = canonical == null ? null : absoluteHttp(canonical.attr("href"), base);
        return firstNonBlank(canonicalUrl, ogUrl, absoluteHttp(baseUri, null));
    }

    private static String absoluteHttp(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            if (!uri.isAbsolute() && base != null && !base.isBlank()) {
                uri = new URI(base.strip()).resolve(uri);
            }
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    // --- JSON-LD ----------------------------------------------------------------------------

    /** Every object in the page's JSON-LD blocks, {@code @graph} members included, in document order. */
    private static List<JsonNode> linkedData(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)^\\s*application/ld\\+json\\s*$]")) {
            String json = script.data().strip();
            if (json.startsWith("<![CDATA[")) {
                json = json.substring(9, json.endsWith("]]>") ? json.length() - 3 : json.length());
            }
            if (json.isEmpty() || json.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                collect(JSON.readTree(json), objects, 0);
            } catch (JsonProcessingException e) {
                LOG.debug("ignoring unreadable JSON-LD block: {}", e.getOriginalMessage());
            }
        }
        return objects;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode object) {
        JsonNode type = object.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isTextual() && ARTICLE_TYPES.contains(t.textValue().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Article-typed objects first, then the rest. */
    private static List<JsonNode> articlesFirst(List<JsonNode> objects) {
        List<JsonNode> ordered = new ArrayList<>();
        objects.stream().filter(PageMetadata::isArticle).forEach(ordered::add);
        objects.stream().filter(o -> !isArticle(o)).forEach(ordered::add);
        return ordered;
    }

    private static LocalDate linkedDataDate(List<JsonNode> objects) {
        for (JsonNode object : articlesFirst(objects)) {
            LocalDate date = PageDates.parse(string(object.get("datePublished")));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String headline(List<JsonNode> objects) {
        for (JsonNode object : objects) {
            if (isArticle(object)) {
                String headline = string(object.get("headline"));
                if (headline != null) {
                    return Parser.unescapeEntities(headline, false);
                }
            }
        }
        return null;
    }

    private static String publisherName(List<JsonNode> objects) {
        for (JsonNode object : articlesFirst(objects)) {
            JsonNode publisher = object.get("publisher");
            if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                publisher = publisher.get(0);
            }
            String name = publisher == null ? null : publisher.isTextual() ? string(publisher) : string(publisher.get("name"));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String string(JsonNode node) {
        if (node != null && node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        return node != null && node.isTextual() && !node.textValue().isBlank() ? node.textValue().strip() : null;
    }

    // --- helpers ----------------------------------------------------------------------------

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
