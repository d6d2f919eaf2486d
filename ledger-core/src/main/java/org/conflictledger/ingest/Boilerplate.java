package org.conflictledger.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops the blocks of a page's main content that are not the article's own words, as text-level rules
 * that still apply where the markup gave no hint: lines that are only links, "Read more:" and
 * "Related:" lines, newsletter and follow-us calls, and in-article ad blocks (such as GlobalData's
 * "How well do you really know your competitors?" box), removed as a run together with their short
 * captions and thank-you lines.
 */
final class Boilerplate {
    /** A block with at least this share of link text is a list of links, not prose. */
    private static final double MAX_LINK_DENSITY = 0.8;
    /** Ad markers only condemn blocks up to this many words; a long paragraph that merely uses the words stays. */
    private static final int MAX_AD_WORDS = 50;
    /** Blocks up to this many words, without digits or a closing full stop, go with an adjacent ad block. */
    private static final int MAX_AD_FRAGMENT_WORDS = 10;

    /** Lines that introduce other stories: "Read more: ...", "Related: ...", "WATCH: ...". */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^(read more|read also|also read|more reading"
            + "|see also|related|related (stories|articles|content|coverage|links|news|reading|topics)"
            + "|more on this( story)?|more from [\\p{L} ]{1,30}|recommended( for you| reading)?"
            + "|you (may|might) also like|most (read|popular|viewed|shared)|trending( now)?|top stories"
            + "|watch|listen|video|gallery|photos|in pictures|explainer|further reading|editor'?s picks?"
            + ")\\s*[:|\u00bb\u203a>\u2192\u25b6-]");
    /** Calls to action and page furniture, anywhere at the start of a block. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)^(sign up (for|to|now)|subscribe (to|for|now|today)"
            + "|follow us|follow (him|her|them) on|join us on|like us on|click here|tap here|get (our|the|a) .{0,40}newsletter"
            + "|download (our|the) app|share (this|on|via)|read the full (story|article)|continue reading"
            + "|this article (is|was) (sponsored|paid)|the post .{1,200} appeared first on"
            + "|we use cookies|you need to enable javascript|please enable javascript|javascript is disabled"
            + "|copyright \u00a9|\u00a9 ?\\d{4}|all rights reserved)");
    /** Whole blocks that are page furniture. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(advertisement|advertising|ad|sponsored"
            + "|paid content|promoted|read more|related|related (stories|articles|content|coverage)|share"
            + "|share this( article| story)?|tweet|email|print|comments?|skip to (main )?content|back to top"
            + "|close|menu|more|next|previous|show more|load more|loading\\.*)[.:!]?$");
    /** Words that mark a block as part of an advertisement or a marketing box. */
    private static final Pattern AD_MARKER = Pattern.compile("(?i)(powered by globaldata|company profiles"
            + "|free sample|download email will arrive|not ready to buy yet|gain competitive edge"
            + "|save hours of research|sign (up|me up) (for|to) (our|the) .{0,30}newsletter"
            + "|subscribe to (our|the) .{0,30}newsletter|newsletter sign-?up|sponsored content"
            + "|paid partner content|advertisement feature|special offer|limited time offer)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;\"'\u201d\u2019)]$");

    private Boilerplate() {
    }

    /** The texts of the blocks that are the article's own, in order. */
    static List<String> keep(List<HtmlText.Block> blocks) {
        int n = blocks.size();
        boolean[] drop = new boolean[n];
        boolean[] ad = new boolean[n];
        for (int i = 0; i < n; i++) {
            HtmlText.Block block = blocks.get(i);
            String text = block.text();
            ad[i] = words(text) <= MAX_AD_WORDS && AD_MARKER.matcher(text).find();
            drop[i] = ad[i] || block.linkDensity() >= MAX_LINK_DENSITY || LEAD_IN.matcher(text).find()
                    || CALL_TO_ACTION.matcher(text).find() || FURNITURE.matcher(text.strip()).matches();
        }
        // an ad box takes its short lines with it: its question, its "Thank you!", its "By GlobalData"
        for (int i = 0; i < n; i++) {
            if (ad[i]) {
                for (int j = i - 1; j >= 0 && (drop[j] || fragment(blocks.get(j).text())); j--) {
                    drop[j] = true;
                }
                for (int j = i + 1; j < n && (drop[j] || fragment(blocks.get(j).text())); j++) {
                    drop[j] = true;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept.add(blocks.get(i).text());
            }
        }
        return kept;
    }

    /** A short line with no figure and no closing full stop: a caption, a question, a thank-you. */
    private static boolean fragment(String text) {
        String s = text.strip();
        return words(s) <= MAX_AD_FRAGMENT_WORDS && !DIGIT.matcher(s).find() && !SENTENCE_END.matcher(s).find();
    }

    private static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /**
     * The article text: the title, a blank line, then the paragraphs separated by blank lines. The title
     * is not repeated when the first paragraph already is the title.
     */
    static String articleText(String title, List<String> paragraphs) {
        List<String> parts = new ArrayList<>(paragraphs);
        if (title != null && !title.isBlank()) {
            if (parts.isEmpty() || !sameText(parts.get(0), title)) {
                parts.add(0, title.strip());
            }
        }
        return String.join("\n\n", parts);
    }

    private static boolean sameText(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .equals(b.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
