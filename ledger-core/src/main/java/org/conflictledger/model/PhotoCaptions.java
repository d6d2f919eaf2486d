package org.conflictledger.model;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions copied into an article's text with the page: "A general view shows the scene of an explosion in the
 * Hodan district of Mogadishu, Somalia October 14, 2017. REUTERS/Feisal Omar". A caption describes a picture, which
 * may be a file photo of another day or place, so it is no lead of the story.
 */
public final class PhotoCaptions {
    /**
     * A photo credit: "REUTERS/Feisal Omar", "[Khaled Abdullah/Reuters]", "(AFP Photo)", "(AP Photo/Hadi Mizban)",
     * "Photo: The Montreal Gazette", "... in Paris REUTERS" at a line's end.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "\\b(?:REUTERS|AFP|EPA|AP|ANADOLU)\\s?/\\s?\\p{Lu}"
                    + "|\\[[^\\]\\n]{1,60}/\\s?(?:Reuters|AFP|AP|EPA|Getty Images|Anadolu)[^\\]\\n]{0,30}\\]"
                    + "|\\((?:AP|AFP|Reuters|EPA)\\s+[Pp]hoto\\b[^)\\n]{0,60}\\)"
                    + "|\\(Photo(?:graph)?:\\s[^)\\n]{1,60}\\)"
                    // an agency's name in capitals ending a line with no stop: "... by IS terrorists in Paris REUTERS"
                    + "|(?<=[\\p{Ll}\\d)] )(?:REUTERS|AFP|EPA|AP|ANADOLU|GETTY IMAGES)(?=[ \\t]*(?:\\n|$))");
    /** How near a sentence's edge a credit must stand to mark its caption (characters). */
    private static final int EDGE = 3;

    private PhotoCaptions() {
    }

    /**
     * Indices of the sentences that are photo captions: the sentence a credit ends, or the one before a sentence that
     * opens with a credit ("... August 21 2013. REUTERS/Bassam Khabieh We hope the U.N. team ...").
     */
    public static Set<Integer> of(AnnotatedArticle article) {
        Last last = LAST.get();
        if (last != null && last.article() == article) {
            return last.captions(); // the extractor and the placer ask for one article's lead many times
        }
        Set<Integer> out = find(article);
        LAST.set(new Last(article, out));
        return out;
    }

    /** The last article a thread asked about (by identity) and its captions. */
    private record Last(AnnotatedArticle article, Set<Integer> captions) {
    }

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private static Set<Integer> find(AnnotatedArticle article) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = CREDIT.matcher(article.text());
        while (m.find()) {
            for (Sentence s : article.sentences()) {
                if (s.start() <= m.start() && m.start() < s.end()) {
                    boolean opens = m.start() - s.start() <= EDGE;
                    if (opens && s.index() > 0) {
                        out.add(s.index() - 1);
                    } else if (!opens) {
                        out.add(s.index());
                    }
                    break;
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
