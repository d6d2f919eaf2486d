package org.conflictledger.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.Article;

/**
 * A stock CoreNLP pipeline of the annotators we run (tokenize, ssplit, pos, lemma, coarse NER with SUTime on every
 * sentence, set as {@link CoreNlpAnnotator} sets them, without its time-cue gate) and the dependency parser,
 * coreference and quote attribution we do not, with CoreNLP's own time per annotator: what each would add per
 * article ({@code ledger annotator-cost}).
 */
public final class AnnotatorCosts {
    /** The annotators the ledger does not run, as {@link #secondsSoFar()} names them. */
    public static final Set<String> NOT_RUN = Set.of("depparse", "coref", "quote");
    /** CoreNLP's default for English (CorefProperties.algorithm), on a dependency parse; its models are in the models jar. */
    public static final String COREF_ALGORITHM = "statistical";
    /**
     * CoreNLP's annotator classes as its timing names them, in pipeline order, with the names given out; since
     * CoreNLP 4.5 the tokenizer splits sentences itself, so ssplit has no annotator (and no time) of its own.
     */
    private static final Map<String, String> TIMED = timed();
    private static final Pattern TIMING = Pattern.compile("(\\w+): ([\\d.]+) sec");

    private final StanfordCoreNLP pipeline;

    private AnnotatorCosts(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models of all eight annotators (some seconds, about 1 GiB of heap). */
    public static AnnotatorCosts load() {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
        if (!List.copyOf(seconds(pipeline.timingInformation()).keySet()).equals(List.copyOf(TIMED.keySet()))) {
            throw new IllegalStateException("CoreNLP built other annotators than " + TIMED.keySet() + ":\n" + pipeline.timingInformation());
        }
        return new AnnotatorCosts(pipeline);
    }

    /** Our annotators' properties, then the dependency parser, coreference and quotes. */
    static Properties properties() {
        Properties p = CoreNlpAnnotator.properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", COREF_ALGORITHM);
        return p;
    }

    /**
     * Annotates one article with every annotator; returns its token count.
     *
     * @throws RuntimeException what CoreNLP threw on it
     */
    public int annotate(Article article) {
        Annotation ann = new Annotation(article.text());
        if (article.published() != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(ann);
        List<CoreLabel> tokens = ann.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /** Seconds each annotator has taken so far, in pipeline order: "tokenize+ssplit", "pos", ..., "quote". */
    public Map<String, Double> secondsSoFar() {
        Map<String, Double> byClass = seconds(pipeline.timingInformation());
        Map<String, Double> out = new LinkedHashMap<>();
        TIMED.forEach((cls, name) -> out.put(name, byClass.getOrDefault(cls, 0.0)));
        return out;
    }

    /** CoreNLP's version, from its jar. */
    public static String version() {
        return String.valueOf(StanfordCoreNLP.class.getPackage().getImplementationVersion());
    }

    /** Seconds by CoreNLP's annotator class name, in pipeline order, read from its timing information. */
    static Map<String, Double> seconds(String timingInformation) {
        Map<String, Double> s = new LinkedHashMap<>();
        Matcher m = TIMING.matcher(timingInformation);
        while (m.find()) {
            if (!m.group(1).equals("TOTAL")) {
                s.put(m.group(1), Double.valueOf(m.group(2)));
            }
        }
        return s;
    }

    private static Map<String, String> timed() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("TokenizerAnnotator", "tokenize+ssplit");
        t.put("POSTaggerAnnotator", "pos");
        t.put("MorphaAnnotator", "lemma");
        t.put("NERCombinerAnnotator", "ner");
        t.put("DependencyParseAnnotator", "depparse");
        t.put("CorefAnnotator", "coref");
        t.put("QuoteAnnotator", "quote");
        return t;
    }
}
