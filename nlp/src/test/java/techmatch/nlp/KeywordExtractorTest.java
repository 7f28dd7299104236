package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
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
    void technicalTermsOfARealListing() {
        String text = Datasets.texts("51jishu/achievements.jsonl", "context",
                t -> t.contains("钙钛矿") && t.contains("太阳能电池") && t.length() > 150).get(0);
        List<WeightedTerm> keywords = nlp.keywords().extract(text, 8);
        List<String> terms = keywords.stream().map(WeightedTerm::term).toList();
        assertEquals(8, keywords.size());
        assertEquals(1.0, keywords.get(0).weight(), 1e-9);
        for (int i = 1; i < keywords.size(); i++) {
            assertTrue(keywords.get(i).weight() <= keywords.get(i - 1).weight(), keywords.toString());
        }
        assertTrue(terms.stream().anyMatch(t -> t.contains("钙钛矿")), terms.toString());
        for (String t : terms) {
            assertFalse(nlp.stopList().contains(t), "boilerplate keyword " + t);
            assertTrue(t.length() >= 2 && !t.startsWith(SegmenterConfig.BIGRAM_MARK), t);
        }
    }

    @Test
    void idfPushesGenericWordsDown() {
        String text = "本发明提供一种石墨烯复合导热膜的制备方法，石墨烯导热膜具有良好的导热性能，导热膜可用于电子设备散热。";
        KeywordExtractor plain = new KeywordExtractor(nlp::words, null);
        List<WeightedTerm> withIdf = nlp.keywords().extract(text, 3);
        assertTrue(withIdf.stream().anyMatch(k -> k.term().equals("石墨烯")), withIdf.toString());
        assertFalse(plain.extract(text, 10).isEmpty());
    }

    @Test
    void edgeCases() {
        assertEquals(List.of(), nlp.keywords().extract("", 5));
        assertEquals(List.of(), nlp.keywords().extract("的了和 2019", 5));
        assertEquals(List.of(), nlp.keywords().extract("石墨烯", 0));
        assertThrows(IllegalArgumentException.class, () -> nlp.keywords().extract("石墨烯", -1));
        DocumentFrequencies df = new DocumentFrequencies(10, Map.of("石墨烯", 1, "材料", 9));
        assertTrue(df.idf("石墨烯") > df.idf("材料"));
        assertTrue(df.idf("未见") > df.idf("石墨烯"));
    }
}
