package org.conflictledger.nlp;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

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
        sentences.increment();
        if (mayHoldTime(sentence)) {
            timed.increment();
            return sutime.extractTimeExpressionCoreMaps(sentence, document);
        }
        numbers(sentence);
        return new ArrayList<>();
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        sentences.increment();
        if (mayHoldTime(sentence)) {
            timed.increment();
            return sutime.extractTimeExpressionCoreMaps(sentence, docDate);
        }
        numbers(sentence);
        return new ArrayList<>();
    }

    private static boolean mayHoldTime(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null || TimeCues.mayHoldTime(tokens.stream().map(CoreLabel::word).toList());
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

    /** The share of sentences SUTime read, or -1 before any sentence came. */
    double timedShare() {
        long n = sentences.sum();
        return n == 0 ? -1 : (double) timed.sum() / n;
    }
}
