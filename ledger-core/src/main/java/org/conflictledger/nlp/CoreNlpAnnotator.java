package org.conflictledger.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Article;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.LineBreaks;
import org.conflictledger.model.Sentence;
import org.conflictledger.model.Span;
import org.conflictledger.model.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates with CoreNLP's tokenizer, sentence splitter, POS tagger, lemmatizer and coarse NER with SUTime,
 * then copies the result into our own records. Fine-grained NER is off: it costs about 4x in time and 2x in
 * memory for labels we do not use.
 *
 * <p>NER is CoreNLP's default: the three CRF models, the numeric classifiers and SUTime, with SUTime
 * behind a {@link GatedTimeExtractor}: it reads only the sentences {@link TimeCues} lets through. SUTime is
 * more than half of the annotation time, and a sentence without a month, weekday, unit of time or
 * date-shaped number gives it nothing; those sentences come out exactly as with SUTime everywhere, which
 * {@code TimeGateIT} checks on real articles.
 */
final class CoreNlpAnnotator implements Annotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    /** The number in a normalized numeric tag: "12.0", "1.5E3", "-3". */
    private static final Pattern NORMALIZED_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:E\\d+)?");
    /** A normalized range of numbers: "40.0-50.0". */
    private static final Pattern RANGE_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:E\\d+)?-\\d+(?:\\.\\d+)?(?:E\\d+)?");
    private static volatile CoreNlpAnnotator shared;
    private static volatile double loadSeconds = -1;

    /** Tokenizer, sentence splitter, POS tagger and lemmatizer. */
    private final StanfordCoreNLP pipeline;
    /** NER: the three default CRF models, the numeric classifiers and SUTime, building entity mentions. */
    private final NERCombinerAnnotator ner;
    /** The gate in front of SUTime, or null when SUTime reads every sentence. */
    private final GatedTimeExtractor gate;
    private final LongAdder nerNanos = new LongAdder();

    private CoreNlpAnnotator(Properties props, boolean gateTime) {
        this.pipeline = new StanfordCoreNLP(props);
        try {
            // what StanfordCoreNLP builds for "ner" from these properties, built here to reach its SUTime
            this.ner = new NERCombinerAnnotator(props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the CoreNLP NER models", e);
        }
        this.gate = gateTime ? GatedTimeExtractor.install(ner) : null;
    }

    /** A separate annotator with its own models, SUTime on every sentence when {@code gateTime} is false. */
    static CoreNlpAnnotator create(boolean gateTime) {
        return new CoreNlpAnnotator(properties(), gateTime);
    }

    static CoreNlpAnnotator shared() {
        CoreNlpAnnotator s = shared;
        if (s == null) {
            synchronized (CoreNlpAnnotator.class) {
                s = shared;
                if (s == null) {
                    long t0 = System.nanoTime();
                    s = new CoreNlpAnnotator(properties(), true);
                    loadSeconds = (System.nanoTime() - t0) / 1e9;
                    LOG.info("CoreNLP models loaded in {} s", String.format("%.1f", loadSeconds));
                    shared = s;
                }
            }
        }
        return s;
    }

    static double loadSeconds() {
        return loadSeconds;
    }

    private static final Pattern TIMING = Pattern.compile("(\\w+): ([\\d.]+) sec");

    static Map<String, Double> stageSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        CoreNlpAnnotator s = shared;
        if (s != null) {
            Matcher m = TIMING.matcher(s.pipeline.timingInformation());
            while (m.find()) {
                if (!m.group(1).equals("TOTAL")) {
                    out.put(m.group(1), Double.valueOf(m.group(2)));
                }
            }
            out.put(NERCombinerAnnotator.class.getSimpleName(), s.nerNanos.sum() / 1e9);
        }
        return out;
    }

    /** The share of annotated sentences that went through SUTime, or -1 before any was annotated. */
    static double timeTaggedShare() {
        CoreNlpAnnotator s = shared;
        return s == null || s.gate == null ? -1 : s.gate.timedShare();
    }

    static Properties properties() {
        Properties p = new Properties();
        // NER runs after these, in its own annotator (see the constructor)
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false");
        // Two of CoreNLP's three default CRF models: the MUC 7-class model's own DATE, MONEY and LOCATION tags
        // cost more than they gave (without it: fakes governorate 0.756 -> 0.762, date_acc_1d 0.599 -> 0.604,
        // wad deaths_exact 0.833 -> 0.834, gold unchanged); SUTime and the number classifier tag times and numbers
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.includeRange", "false");
        return p;
    }

    private void tagEntities(Annotation ann) {
        long t0 = System.nanoTime();
        ner.annotate(ann);
        nerNanos.add(System.nanoTime() - t0);
    }

    /**
     * Longest text annotated. News articles run to some tens of thousands of characters; CoreNLP's time and
     * memory grow fast beyond that, so a longer text is refused with a clear error rather than risking the
     * whole run.
     */
    static final int MAX_CHARS = 300_000;

    /**
     * These models as stock CoreNLP runs them, SUTime reading every sentence whole: the naive path's
     * annotator, giving the same annotation at the cost the time-cue gate saves (TimeGateIT).
     */
    Annotator stock() {
        if (gate == null) {
            return this;
        }
        return new Annotator() {
            @Override
            public AnnotatedArticle annotate(Article article) {
                return gate.opened(() -> CoreNlpAnnotator.this.annotate(article));
            }

            @Override
            public AnnotatedArticle annotate(Article article, List<Span> passages) {
                return gate.opened(() -> CoreNlpAnnotator.this.annotate(article, passages));
            }
        };
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        return annotate(article, List.of(new Span(0, article.text().length())));
    }

    @Override
    public AnnotatedArticle annotate(Article article, List<Span> passages) {
        String text = article.text();
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("article " + article.id() + " has " + text.length()
                    + " characters; annotation is bounded at " + MAX_CHARS);
        }
        LocalDate docDate = article.published() != null ? article.published() : Datelines.find(text);
        Annotation ann = new Annotation(blankOutside(breakAfterCredits(joinStrayStops(LineBreaks.unwrap(blankInlineTags(text)))), passages));
        if (docDate != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        }
        pipeline.annotate(ann);
        tagEntities(ann);

        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> coreSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            coreSentences = List.of();
        }
        for (CoreMap cs : coreSentences) {
            int sIndex = sentences.size();
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String original = l.originalText() != null ? l.originalText() : l.word();
                tokens.add(new Token(tokens.size(), original, l.beginPosition(), l.endPosition(), l.tag(), l.lemma(),
                        EntityType.fromTag(l.ner())));
            }
            int sStart = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int sEnd = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sIndex, sStart, sEnd, tokens));
            int sTokenBase = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
            List<CoreMap> ms = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms != null) {
                for (CoreMap m : ms) {
                    mentions.add(mention(m, sIndex, sTokenBase, text));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return new AnnotatedArticle(article, docDate, sentences, mentions);
    }

    /**
     * The text with every character outside the passages turned into a space, line breaks kept: one character
     * for one, so offsets are unchanged, and CoreNLP skips the blanks at almost no cost.
     */
    static String blankOutside(String text, List<Span> passages) {
        if (passages.size() == 1 && passages.get(0).start() == 0 && passages.get(0).end() >= text.length()) {
            return text;
        }
        char[] c = text.toCharArray();
        int from = 0;
        for (Span p : passages) {
            if (p.start() < from || p.end() > c.length) {
                throw new IllegalArgumentException("passages must lie in the text, in order: " + passages);
            }
            blank(c, from, p.start());
            from = p.end();
        }
        blank(c, from, c.length);
        return new String(c);
    }

    private static void blank(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] != '\n') {
                c[i] = ' ';
            }
        }
    }

    /**
     * Inline markup left in a text ("a wave of attacks that <b>killed</b> 52 people"): the tags become spaces, one
     * character for one, so the words they wrap are read as words and every offset still points into the text.
     */
    static String blankInlineTags(String text) {
        return edited(text, INLINE_TAG, (m, c) -> Arrays.fill(c, m.start(), m.end(), ' '));
    }

    /** The text with {@code edit} applied to its characters at each match of {@code pattern}; the text itself when none. */
    private static String edited(String text, Pattern pattern, BiConsumer<Matcher, char[]> edit) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] c = text.toCharArray();
        do {
            edit.accept(m, c);
        } while (m.find());
        return new String(c);
    }

    /**
     * A full stop after a word and before a verb that needs the words before it as its subject ends no sentence: "a
     * serving Chief Magistrate, O J Nwani. was killed" (a stray stop; a sentence cannot open with "was"). It becomes a
     * space, one character for one, so the tagger does not split the victim from the verb. A stop before another
     * lower-case word may end a sentence in careless text ("said on Monday. earlier three persons were killed").
     */
    static String joinStrayStops(String text) {
        char[] c = null;
        Matcher m = STRAY_STOP.matcher(text);
        while (m.find()) {
            if (c == null) {
                c = text.toCharArray();
            }
            c[m.start()] = ' ';
        }
        return c == null ? text : new String(c);
    }

    /** A stop after a word of two letters or more, before an auxiliary or a reporting verb ("Taha Ali. said Wednesday"). */
    private static final Pattern STRAY_STOP = Pattern.compile(
            "(?<=\\p{L}\\p{Ll})\\.(?=[ \\t]+(?:was|were|is|are|has|have|had|said|says|told)\\b)");

    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(?i:b|i|u|em|strong|span|a|br|sup|sub|font|mark|small)(?:\\s[^<>\\n]{0,200})?/?>");

    /**
     * A photo credit in brackets that a page glued to the story's next sentence: "Russian military jets are seen
     * at Hmeymim air base in Syria June 18 2016 (TRT World and Agencies) The death toll from ... has risen to 82".
     * The caption ends at its credit, so the space after it becomes a line break (one character for one). A
     * dateline's credit ("BEIRUT (Reuters) Syrian troops") opens a sentence and is left as it is.
     */
    static String breakAfterCredits(String text) {
        return edited(text, GLUED_CREDIT, (m, c) -> {
            int end = m.start(); // the word before the credit, read backwards: no regex backtracking over a long run
            while (end > 0 && (c[end - 1] == ' ' || c[end - 1] == '\t')) {
                end--;
            }
            int start = end;
            while (start > 0 && " \t\n\u000B\f\r".indexOf(c[start - 1]) < 0) { // the regex's \S
                start--;
            }
            String before = new String(c, start, end - start);
            if (!before.isEmpty() && (!before.chars().anyMatch(Character::isLetter)
                    || !before.equals(before.toUpperCase(Locale.ROOT)))) {
                c[m.start(1)] = '\n';
            }
        });
    }

    /** An agency's credit in brackets after a word, one space and a capital letter that opens the next sentence. */
    private static final Pattern GLUED_CREDIT = Pattern.compile(
            "(?<=\\S)[ \t]+\\((?:TRT World and Agencies|Agencies|Reuters|AFP|AP|EPA|Getty Images|Anadolu Agency)"
                    + "(?:\\s+[Pp]hoto\\b[^)\\n]{0,60})?\\)"
                    + "( )(?=[\"\u201c]?\\p{Lu})");

    private static EntityMention mention(CoreMap m, int sentence, int tokenBase, String text) {
        EntityType type = EntityType.fromTag(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - tokenBase;
        int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - tokenBase;
        Double number = null;
        String timex = null;
        LocalDate date = null;
        switch (type) {
            case NUMBER, ORDINAL, PERCENT, MONEY -> number = number(m);
            case DATE, TIME, DURATION, SET -> {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                timex = t != null ? t.value() : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (type == EntityType.DATE || type == EntityType.TIME) {
                    String written = text.substring(start, end);
                    timex = pageNumberYear(written, longAgo(written, timex));
                    date = day(timex);
                    LocalDate dayFirst = Datelines.dayFirst(written);
                    if (dayFirst != null) { // SUTime reads "07-08-2013" month first
                        date = dayFirst;
                        int time = timex == null ? -1 : timex.indexOf('T');
                        timex = dayFirst + (time >= 0 ? timex.substring(time) : "");
                    }
                }
            }
            default -> {
            }
        }
        return new EntityMention(type, sentence, first, last, start, end, text.substring(start, end), number, timex, date);
    }

    private static Double number(CoreMap m) {
        Number n = m.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
        if (n != null) {
            return n.doubleValue();
        }
        String norm = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (norm == null) {
            return null;
        }
        Matcher x = NORMALIZED_NUMBER.matcher(norm);
        if (!x.find()) {
            return null;
        }
        Double value = Double.valueOf(x.group());
        if (!RANGE_NUMBER.matcher(norm).matches()) {
            return value;
        }
        // "was between 40 and 50": the tagger gives each word of the range the range's value ("40.0-50.0"), so each
        // number takes its own value and the "and" none
        List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null && tokens.size() == 1) {
            Number own = tokens.get(0).get(CoreAnnotations.NumericValueAnnotation.class);
            if (own != null) {
                return own.doubleValue();
            }
            String word = tokens.get(0).word().replace(",", "");
            return word.matches("\\d+(?:\\.\\d+)?") ? Double.valueOf(word) : null;
        }
        return value;
    }

    /** "two years ago", "six months ago", "decades ago": months or more counted back from the report. */
    private static final Pattern LONG_AGO = Pattern.compile(
            "(?i)(?:(?:about|some|nearly|almost|more than|over)\\s+)?(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten"
                    + "|eleven|twelve|\\d{1,3})\\s+|.*?)(month|year|decade|centur)(?:s|y|ies)?\\s+ago");

    /**
     * The value of a time "ago" of months or more, which SUTime counts back to the report's day of the month ("a
     * decade ago" in a story of 19 May 2015 is 2005-05-19): only the month ("six months ago") or the year ("two years
     * ago") when it is counted, nothing when it is not ("years ago", "a few months ago"). Other values as given.
     */
    static String longAgo(String text, String timex) {
        Matcher x = LONG_AGO.matcher(text.strip());
        if (timex == null || !x.matches() || !ISO_DAY.matcher(timex).find()) {
            return timex;
        }
        if (x.group(1) == null) {
            return null;
        }
        return x.group(2).equalsIgnoreCase("month") ? timex.substring(0, 7) : timex.substring(0, 4);
    }

    /** The first year a bare four-digit number is read as: before it, a page's counts of views or comments. */
    private static final int FIRST_YEAR = 1900;

    /**
     * No value for a bare number SUTime reads as a year before {@value #FIRST_YEAR}: "Middle East 1449 09.04.2017 Get
     * short URL 1285" counts a page's readers, and no incident a story dates lies in such a year. Other values as given.
     */
    static String pageNumberYear(String text, String timex) {
        return timex != null && text.strip().matches("\\d{4}") && timex.equals(text.strip())
                && Integer.parseInt(timex) < FIRST_YEAR ? null : timex;
    }

    /** The day a TIMEX3 value pins ("2015-11-15", "2015-11-15T20:00"), or null for vaguer values. */
    static LocalDate day(String timex) {
        if (timex == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(timex);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
