package org.conflictledger.nlp;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * SUTime's time-expression extractor, run only on sentences that {@link TimeCues} says may hold a time. On
 * the others it does what SUTime does before matching its rules, finding and merging the numbers
 * ("twenty-two", "19 to 22") that NER's numeric classifier reads back, and reports no time expression: the
 * result SUTime gives such a sentence, at a small part of its cost.
 *
 * <p>CoreNLP builds its extractor inside the NER annotator's numeric classifier and offers no way to pass
 * one in, so {@link #install} puts this one in place of it by reflection, once, at model load. The fields
 * are those of the pinned CoreNLP 4.5.10; another version without them fails at load with a clear error,
 * and {@code TimeGateIT} checks the outcome against SUTime on every sentence.
 */
final class GatedTimeExtractor implements TimeExpressionExtractor {
    private final TimeExpressionExtractor sutime;
    private final LongAdder sentences = new LongAdder();
    private final LongAdder timed = new LongAdder();
    /** Set while this thread annotates for the naive path: SUTime reads every sentence whole, as in stock CoreNLP. */
    private final ThreadLocal<Boolean> open = ThreadLocal.withInitial(() -> false);

    /** Tokens SUTime sees on each side of a time cue. */
    static final int REACH = 4;

    private GatedTimeExtractor(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    /** Puts a gate in front of the NER annotator's SUTime and returns it. */
    static GatedTimeExtractor install(NERCombinerAnnotator ner) {
        try {
            Object combiner = field(ner.getClass(), "ner").get(ner);
            Object numeric = field(combiner.getClass(), "nsc").get(combiner);
            Field extractor = field(numeric.getClass(), "timexExtractor");
            GatedTimeExtractor gate = new GatedTimeExtractor((TimeExpressionExtractor) extractor.get(numeric));
            extractor.set(numeric, gate);
            return gate;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot put the time-cue gate in front of SUTime in this CoreNLP version "
                    + "(built for 4.5.10): " + e, e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return extract(sentence, window -> sutime.extractTimeExpressionCoreMaps(window, document));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        return extract(sentence, window -> sutime.extractTimeExpressionCoreMaps(window, docDate));
    }

    /**
     * SUTime on the stretches of the sentence around its time cues, {@link #REACH} tokens on each side: its
     * rules match a time expression and the few words that qualify it ("early on Sunday", "the night of 15 to
     * 16 November", "three years ago"), never a word further away, and they cost in proportion to the tokens
     * they run over. A sentence without a cue gets the numbers only.
     */
    private List<CoreMap> extract(CoreMap sentence, Function<CoreMap, List<CoreMap>> sutimeOn) {
        if (open.get()) {
            return sutimeOn.apply(sentence);
        }
        sentences.increment();
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            timed.increment();
            return sutimeOn.apply(sentence);
        }
        List<int[]> windows = windows(tokens);
        numbers(sentence);
        if (windows.isEmpty()) {
            return new ArrayList<>();
        }
        timed.increment();
        if (windows.size() == 1 && windows.get(0)[0] == 0 && windows.get(0)[1] == tokens.size()) {
            return sutimeOn.apply(sentence);
        }
        List<CoreMap> out = new ArrayList<>();
        for (int[] w : windows) {
            out.addAll(sutimeOn.apply(part(sentence, tokens, w[0], w[1])));
        }
        return out;
    }

    /** Token ranges [from, to) around the cues, merged where they touch. */
    static List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!TimeCues.isCue(tokens.get(i).word())) {
                continue;
            }
            int from = Math.max(0, i - REACH);
            int to = Math.min(tokens.size(), i + REACH + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /** Tokens [from, to) of the sentence as a sentence of their own, with offsets into the whole document. */
    private static CoreMap part(CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
        int sentenceStart = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int start = tokens.get(from).beginPosition();
        int end = tokens.get(to - 1).endPosition();
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        Annotation part = new Annotation(text.substring(start - sentenceStart, end - sentenceStart));
        part.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(from, to));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        Integer tokenBase = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int base = tokenBase == null ? 0 : tokenBase;
        part.set(CoreAnnotations.TokenBeginAnnotation.class, base + from);
        part.set(CoreAnnotations.TokenEndAnnotation.class, base + to);
        Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (index != null) {
            part.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        }
        return part;
    }

    /** The numbers SUTime finds and merges before its rules run, stored where it stores them. */
    private static void numbers(CoreMap sentence) {
        if (sentence.containsKey(CoreAnnotations.NumerizedTokensAnnotation.class)) {
            return;
        }
        List<CoreMap> merged;
        try {
            merged = NumberNormalizer.findAndMergeNumbers(sentence);
        } catch (NumberFormatException e) {
            merged = new ArrayList<>();
        }
        sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, merged);
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }

    /** Runs {@code work} on this thread with the gate open: SUTime on every sentence, whole. */
    <T> T opened(java.util.function.Supplier<T> work) {
        open.set(true);
        try {
            return work.get();
        } finally {
            open.set(false);
        }
    }

    /** The share of the sentences that came through the closed gate that SUTime read, or -1 before any came. */
    double timedShare() {
        long n = sentences.sum();
        return n == 0 ? -1 : (double) timed.sum() / n;
    }
}
