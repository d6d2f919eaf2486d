package org.conflictledger.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How CoreNLP's timing is read, and the pipeline the costs are measured on; no models loaded. */
class AnnotatorCostsTest {
    @Test
    void readsEachAnnotatorsSecondsInPipelineOrderWithoutTheTotal() {
        String timing = "Annotation pipeline timing information:\nTokenizerAnnotator: 0.3 sec.\nCorefAnnotator: 12.5 sec.\n"
                + "TOTAL: 12.8 sec. for 4210 tokens at 328.9 tokens/sec.";
        assertEquals(Map.of("TokenizerAnnotator", 0.3, "CorefAnnotator", 12.5), AnnotatorCosts.seconds(timing));
        assertEquals(List.of("TokenizerAnnotator", "CorefAnnotator"), List.copyOf(AnnotatorCosts.seconds(timing).keySet()));
    }

    @Test
    void runsOurAnnotatorsAsWeSetThemThenTheThreeWeDoNot() {
        var p = AnnotatorCosts.properties();
        assertEquals("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote", p.getProperty("annotators"));
        assertEquals(CoreNlpAnnotator.properties().getProperty("ner.model"), p.getProperty("ner.model"));
        assertEquals("false", p.getProperty("ner.applyFineGrained"));
    }
}
