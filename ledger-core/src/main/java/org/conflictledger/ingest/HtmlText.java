package org.conflictledger.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an element as text blocks: one block per paragraph, heading, list item, table cell or other
 * block element, whitespace collapsed, a {@code <br>} kept as a line break and two in a row as a block
 * break. Each block remembers how much of its text sat inside links, so that link lists can be told
 * from prose. The traversal is iterative, so deep markup cannot overflow the stack.
 */
final class HtmlText {
    /**
     * One block of text.
     *
     * @param text the block's text, lines separated by '\n', never blank
     * @param linkChars how many of its non-space characters sat inside {@code <a>} elements
     * @param chars how many non-space characters it has
     */
    record Block(String text, int linkChars, int chars) {
        /** The share of the text that is link text, 0 to 1. */
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
            "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
            "th", "thead", "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "object", "embed", "svg", "math", "canvas", "select", "option", "textarea", "button");

    private HtmlText() {
    }

    /** The blocks of {@code root}, in document order. */
    static List<Block> blocks(Element root) {
        Renderer renderer = new Renderer();
        NodeTraversor.filter(renderer, root);
        renderer.flush();
        return renderer.blocks;
    }

    private static final class Renderer implements NodeFilter {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final BitSet linked = new BitSet();
        private int linkDepth;
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(preDepth > 0 ? textNode.getWholeText() : textNode.text());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    lineBreak();
                } else if (isBlock(element)) {
                    flush();
                }
                if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("pre")) {
                    preDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("a")) {
                    linkDepth = Math.max(0, linkDepth - 1);
                } else if (tag.equals("pre")) {
                    preDepth = Math.max(0, preDepth - 1);
                }
                if (isBlock(element)) {
                    flush();
                } else if (tag.equals("img") && element.hasAttr("alt")) {
                    // alt text is not shown; an image between words still separates them
                    space();
                }
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isBlock(Element element) {
            return BLOCKS.contains(element.normalName()) || element.isBlock() && !element.normalName().equals("a");
        }

        private void appendText(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' && preDepth > 0) {
                    lineBreak();
                } else if (Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c)) {
                    space();
                } else if (!Character.isISOControl(c) && c != '\uFEFF' && c != '\u200B') {
                    if (linkDepth > 0) {
                        linked.set(text.length());
                    }
                    text.append(c);
                }
            }
        }

        private void space() {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
                text.append(' ');
            }
        }

        private void lineBreak() {
            trimTrailingSpace();
            text.append('\n');
        }

        private void trimTrailingSpace() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        /** Ends the current block; empty lines inside it (two {@code <br>}s) split it in several. */
        void flush() {
            trimTrailingSpace();
            int start = 0;
            int n = text.length();
            while (start < n) {
                int end = text.indexOf("\n\n", start);
                if (end < 0) {
                    end = n;
                }
                emit(start, end);
                start = end + 2;
            }
            text.setLength(0);
            linked.clear();
        }

        private void emit(int from, int to) {
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start >= end) {
                return;
            }
            String block = text.substring(start, end).replaceAll(" *\n[\\s]*", "\n");
            int chars = 0;
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    chars++;
                }
            }
            int links = linked.get(start, end).cardinality();
            blocks.add(new Block(block, links, chars));
        }
    }
}
