package org.conflictledger.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is never article text from a parsed page, before main-content detection: scripts and
 * styles, hidden elements, navigation, asides, forms, footers, site headers, and elements whose class
 * or id names them as menus, related links, promotions, ads, sharing tools, comments or bylines. The
 * container that holds the article itself is never removed, nor anything around it, so a class such as
 * {@code article-body has-share-bar} cannot take the story with it; nor is an element holding most of
 * the text only because of its class, or a {@code <form>} wrapping the whole page (ASP.NET).
 */
final class PageCleaner {
    /** Elements that never hold readable text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, frame, frameset, object, "
            + "embed, applet, svg, math, canvas, video, audio, map, link, meta, base, input, select, textarea, "
            + "button, option";
    /** Elements that hold text, but not the article's. */
    private static final String NOT_ARTICLE = "nav, aside, footer, form, dialog, menu, [hidden], "
            + "[aria-hidden=true], [role~=(?i)^(navigation|complementary|banner|contentinfo|search|menu|menubar"
            + "|dialog|alertdialog|toolbar|tablist)$], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    /** Class or id words (split at '-', '_', spaces and camelCase) that name boilerplate. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "sidebar", "sidenav",
            "related", "recommended", "recommendations", "recirc", "recirculation", "teaser", "teasers",
            "promo", "promos", "promotion", "promoted", "advert", "adverts", "advertisement", "advertising",
            "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored", "newsletter", "subscribe",
            "subscription", "signup", "social", "share", "shares", "sharing", "sharebar", "comments", "comment",
            "disqus", "masthead", "ticker", "trending", "popular", "mostread", "outbrain", "taboola", "cookie",
            "cookies", "consent", "paywall", "modal", "popup", "byline", "author", "tags", "pagination", "pager",
            "footer", "banner", "toolbar", "skip", "screenreader");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    /** Share of the article container's text above which a class-named element is kept anyway. */
    private static final double MAX_SHARE_OF_ARTICLE = 0.5;

    private PageCleaner() {
    }

    /**
     * The element most likely to hold the article: the {@code articleBody} microdata, else the
     * {@code <article>} with the most text, else {@code <main>}; null when the page marks none.
     */
    static Element articleContainer(Element root) {
        Element body = root.selectFirst("[itemprop=articleBody]");
        if (body != null) {
            return body;
        }
        Element best = null;
        int bestLength = 0;
        for (Element article : root.select("article")) {
            int length = article.text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        return best != null ? best : root.selectFirst("main, [role=main]");
    }

    /** Removes boilerplate from {@code root} in place. */
    static void clean(Element root) {
        root.select(NEVER_TEXT).remove();
        Element container = articleContainer(root);
        int articleLength = (container != null ? container : root).text().length();
        for (Element element : root.select(NOT_ARTICLE)) {
            // ASP.NET pages wrap the whole page, article included, in one <form>
            boolean pageForm = element.normalName().equals("form")
                    && element.text().length() > MAX_SHARE_OF_ARTICLE * articleLength;
            if (!pageForm && !holdsArticle(element, container)) {
                element.remove();
            }
        }
        for (Element header : siteHeaders(root)) {
            if (!holdsArticle(header, container)) {
                header.remove();
            }
        }
        List<Element> named = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && !isStructural(element) && namedAsBoilerplate(element)) {
                named.add(element);
            }
        }
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : named) {
            if (holdsArticle(element, container) || hasRemovedAncestor(element, removed)) {
                continue;
            }
            if (articleLength > 0 && element.text().length() > MAX_SHARE_OF_ARTICLE * articleLength) {
                continue;
            }
            element.remove();
            removed.add(element);
        }
    }

    /** {@code <header>}s outside the article: the site's banner, logo, menus and tickers. */
    private static Elements siteHeaders(Element root) {
        Elements headers = new Elements();
        for (Element header : root.select("header")) {
            if (header.closest("article, main, [role=main], [itemprop=articleBody]") == null) {
                headers.add(header);
            }
        }
        return headers;
    }

    /** Whether removing {@code element} would remove the article container. */
    private static boolean holdsArticle(Element element, Element container) {
        if (container == null) {
            return false;
        }
        for (Element e = container; e != null; e = e.parent()) {
            if (e == element) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRemovedAncestor(Element element, Set<Element> removed) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (removed.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStructural(Element element) {
        String tag = element.normalName();
        return tag.equals("html") || tag.equals("head") || tag.equals("body");
    }

    static boolean namedAsBoilerplate(Element element) {
        return hasBoilerplateWord(element.className()) || hasBoilerplateWord(element.id());
    }

    private static boolean hasBoilerplateWord(String names) {
        if (names == null || names.isBlank()) {
            return false;
        }
        String split = CAMEL.matcher(names).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        for (String word : WORD_SPLIT.split(split)) {
            if (BOILERPLATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
