package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmenterIsolationTest {
    private static List<String> words(ChineseSegmenter s, String text) {
        return s.segment(text).stream().filter(t -> t.kind() == Token.Kind.WORD).map(Token::text).toList();
    }

    @Test
    void dictionariesDoNotLeakAcrossInstances() {
        String term = "钛矿膜层";
        SegmenterConfig plain = SegmenterConfig.defaults().withSubwords(SegmenterConfig.Subwords.NONE);
        ChineseSegmenter without = new ChineseSegmenter(TermDictionary.empty(), plain);
        List<String> before = words(without, "一种钛矿膜层结构");
        ChineseSegmenter with = new ChineseSegmenter(new TermDictionary(Set.of(term)), plain);
        assertTrue(words(with, "一种钛矿膜层结构").contains(term));
        assertEquals(before, words(without, "一种钛矿膜层结构"), "the first segmenter changed");
        assertFalse(words(without, "一种钛矿膜层结构").contains(term));
        assertFalse(CustomDictionary.contains(term), "HanLP's static dictionary was written");
        assertEquals(1, with.dictionaryTermsAdded());
    }

    @Test
    void hanLpWritesNoCacheFiles() {
        TechAnalyzers nlp = TechAnalyzers.shipped();
        nlp.terms(Datasets.sentenceContaining("51jishu/achievements.jsonl", "context", "石墨烯"));
        nlp.normalizer().normalize("鋰離子電池");
        assertEquals(List.of(), HanLpEnvironment.refusedWrites());
        assertFalse(Files.exists(Path.of("data")), "HanLP created data/ in the working directory");
        nlp.close();
    }

    @Test
    void latinRunsAreCutByRule() {
        ChineseSegmenter s = new ChineseSegmenter(TermDictionary.empty(), SegmenterConfig.defaults());
        List<Token> tokens = s.segment("5g基站、pm2.5浓度、co2排放、li-ion电池、2019年、3.5kw");
        List<String> texts = tokens.stream().map(Token::text).toList();
        assertTrue(texts.containsAll(List.of("5g", "pm2.5", "co2", "li-ion", "3.5kw")), texts.toString());
        assertEquals(Token.Kind.NUMBER, tokens.get(texts.indexOf("2019")).kind());
        ChineseSegmenter noNumbers = new ChineseSegmenter(TermDictionary.empty(), SegmenterConfig.defaults().withKeepNumbers(false));
        assertFalse(noNumbers.segment("2019年").stream().anyMatch(t -> t.text().equals("2019")));
    }
}
