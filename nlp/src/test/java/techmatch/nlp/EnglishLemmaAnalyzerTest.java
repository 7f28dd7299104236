package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class EnglishLemmaAnalyzerTest {
    private static final EnglishLemmaAnalyzer ANALYZER = new EnglishLemmaAnalyzer(new TextNormalizer());

    @Test
    void lemmasAreLowerCased() {
        List<String> terms = AnalyzedTerms.terms(ANALYZER, "Solid-state Batteries: the electrodes were coated and cells are cycling.");
        assertTrue(terms.containsAll(List.of("battery", "electrode", "coat", "cell", "cycle", "solid-state")), terms.toString());
        assertFalse(terms.contains("the") || terms.contains("and") || terms.contains("batteries"), terms.toString());
    }

    @Test
    void realListingSentence() throws IOException {
        String line = Files.readAllLines(Datasets.ROOT.resolve("techtransfer-en/mit_2024_11_26.csv"), StandardCharsets.UTF_8)
                .stream().filter(l -> l.contains("batteries")).findFirst().orElseThrow();
        List<String> terms = AnalyzedTerms.terms(ANALYZER, line);
        assertTrue(terms.contains("battery"), terms.toString());
        assertFalse(terms.contains("batteries"), terms.toString());
    }

    @Test
    void pipelineLoadsLazilyOncePerInstance() {
        EnglishLemmatizer lemmatizer = new EnglishLemmatizer();
        assertFalse(lemmatizer.loaded());
        assertEquals(List.of(), lemmatizer.lemmas("   "));
        assertFalse(lemmatizer.loaded(), "blank text must not load the tagger");
        assertEquals("mouse", lemmatizer.lemmas("Mice").get(0).text());
        assertTrue(lemmatizer.loaded());
    }

    @Test
    void offsetsPointIntoTheOriginal() throws IOException {
        String text = "Ｔｈｅ  Batteries";
        try (TokenStream ts = ANALYZER.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            assertTrue(ts.incrementToken());
            assertEquals("battery", term.toString());
            assertEquals("Batteries", text.substring(off.startOffset(), off.endOffset()));
            ts.end();
        }
    }
}
