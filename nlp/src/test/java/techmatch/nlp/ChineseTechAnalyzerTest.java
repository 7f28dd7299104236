package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTechAnalyzerTest {
    private static TechAnalyzers nlp;

    @BeforeAll
    static void load() {
        nlp = TechAnalyzers.shipped();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private static List<String> words(String text) {
        return AnalyzedTerms.words(nlp.chinese(), text);
    }

    @ParameterizedTest(name = "{2} kept whole in a real sentence of {0}")
    @CsvSource({
            "51jishu/achievements.jsonl, context, 石墨烯, 石墨烯",
            "51jishu/achievements.jsonl, context, 锂离子电池, 锂离子电池",
            "51jishu/achievements.jsonl, context, 新能源汽车, 新能源汽车",
            "51jishu/achievements.jsonl, name, 钙钛矿, 钙钛矿",
            "51jishu/achievements.jsonl, name, PM2.5, pm2.5",
            "51jishu/achievements.jsonl, context, 5G电磁屏蔽, 5g",
            "51jishu/achievements.jsonl, context, CO2浓度, co2"})
    void technicalTermsStayWhole(String file, String field, String needle, String expected) {
        String sentence = Datasets.sentenceContaining(file, field, needle);
        // The term is a word of its own, or a sub-word of a longer dictionary term (氧化石墨烯 → 石墨烯) ...
        List<String> terms = AnalyzedTerms.terms(nlp.chinese(), sentence);
        assertTrue(terms.contains(expected), expected + " not whole in " + terms + " of: " + sentence);
        // ... and is never cut into pieces at the word level.
        List<String> w = words(sentence);
        String head = expected.substring(0, expected.length() - 1);
        assertFalse(w.contains(head) || w.contains(expected.substring(0, 2)) && !expected.substring(0, 2).equals(expected),
                "split: " + w);
    }

    @Test
    void boilerplateIsDropped() {
        String patent = Datasets.texts("51jishu/achievements.jsonl", "context",
                t -> t.startsWith("本发明") && t.contains("所述") && t.contains("涉及") && t.contains("一种")).get(0);
        List<String> terms = AnalyzedTerms.terms(nlp.chinese(), patent);
        for (String boilerplate : List.of("本发明", "所述", "涉及", "一种", "一", "种", "的", "公开")) {
            assertFalse(terms.contains(boilerplate), boilerplate + " kept in " + terms);
        }
        // 本发明 goes with its sub-words: 发明 must not come back.
        assertFalse(terms.contains("发明"), terms.toString());
        assertTrue(terms.size() > 10, terms.toString());
    }

    @Test
    void traditionalInputMatchesSimplified() {
        // A real sentence whose traditional form converts back exactly (s2t is one-to-many: 复合 → 覆合 is HanLP's
        // s2t choice, not traditional usage).
        String simplified = Datasets.texts("51jishu/achievements.jsonl", "context", t -> t.contains("锂离子电池")).stream()
                .flatMap(t -> java.util.Arrays.stream(t.split("[。；]")))
                .filter(s -> s.contains("锂离子电池") && s.length() > 20)
                .filter(s -> HanLP.convertToSimplifiedChinese(HanLP.convertToTraditionalChinese(s)).equals(s))
                .findFirst().orElseThrow();
        String traditional = HanLP.convertToTraditionalChinese(simplified);
        assertFalse(simplified.equals(traditional), "conversion did nothing");
        assertEquals(AnalyzedTerms.terms(nlp.chinese(), simplified), AnalyzedTerms.terms(nlp.chinese(), traditional));
    }

    @Test
    void subwordsStackOnTheirWord() throws IOException {
        List<String> terms = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        try (TokenStream ts = nlp.chinese().tokenStream("f", new StringReader("锂离子电池正极材料"))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                increments.add(inc.getPositionIncrement());
            }
            ts.end();
        }
        assertEquals("锂离子电池", terms.get(0));
        assertEquals(1, increments.get(0));
        int battery = terms.indexOf("电池");
        assertTrue(battery > 0 && increments.get(battery) == 0, terms + " " + increments);
        assertTrue(terms.contains("正极材料") || terms.contains("正极"), terms.toString());
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "ＰＭ２．５與鋰離子電池";
        try (TokenStream ts = nlp.chinese().tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            assertTrue(ts.incrementToken());
            assertEquals("pm2.5", term.toString());
            assertEquals("ＰＭ２．５", text.substring(off.startOffset(), off.endOffset()));
            boolean found = false;
            while (ts.incrementToken()) {
                if (term.toString().equals("锂离子电池")) {
                    assertEquals("鋰離子電池", text.substring(off.startOffset(), off.endOffset()));
                    found = true;
                }
            }
            ts.end();
            assertTrue(found);
            assertEquals(text.length(), off.endOffset());
        }
    }

    @Test
    void hyphenatedLatinKeepsWholeAndParts() {
        List<String> terms = AnalyzedTerms.terms(nlp.chinese(), "MoS2-Ti复合膜");
        assertEquals("mos2-ti", terms.get(0));
        assertTrue(terms.containsAll(List.of("mos2", "ti")), terms.toString());
        assertFalse(AnalyzedTerms.words(nlp.chinese(), "MoS2-Ti复合膜").contains("ti"));
    }
}
