package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageRoutingAnalyzerTest {
    private static TechAnalyzers nlp;

    @BeforeAll
    static void load() {
        nlp = TechAnalyzers.shipped();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    @Test
    void routesByDetectedLanguage() {
        assertTrue(nlp.terms("Rechargeable batteries with graphene electrodes").contains("battery"));
        assertTrue(nlp.terms("一种石墨烯改性锂离子电池").contains("锂离子电池"));
        // Mixed text goes to the Chinese analyzer, which keeps the Latin terms as they are.
        assertTrue(nlp.terms("Li-ion batteries 锂离子电池 负极 graphene anodes").contains("batteries"));
    }

    @Test
    void analyzerPerLanguage() {
        assertSame(nlp.chinese(), nlp.analyzerFor(Language.ZH));
        assertSame(nlp.chinese(), nlp.analyzerFor(Language.MIXED));
        assertSame(nlp.english(), nlp.analyzerFor(Language.EN));
    }

    @Test
    void routedTermsEqualTheDelegates() {
        String zh = Datasets.sentenceContaining("51jishu/achievements.jsonl", "context", "新能源汽车");
        assertEquals(AnalyzedTerms.terms(nlp.chinese(), zh), nlp.terms(zh));
        assertEquals(AnalyzedTerms.words(nlp.chinese(), zh), nlp.words(zh));
    }
}
