package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedResourcesTest {
    @Test
    void dictionaryHoldsTechnicalTermsFromTheData() {
        TermDictionary d = TermDictionary.shipped();
        assertTrue(d.size() > 10_000, "only " + d.size());
        for (String t : List.of("钙钛矿", "新能源汽车", "3d打印", "锂离子电池")) {
            assertTrue(d.contains(t), t);
        }
    }

    @Test
    void stopListIsBoilerplateNotTopics() {
        StopList s = StopList.shipped();
        for (String t : List.of("本发明", "发明", "所述", "涉及", "及其", "公开", "的", "方法", "制备", "装置", "系统")) {
            assertTrue(s.contains(t) || t.equals("本发明") && s.contains("本") && s.contains("发明"), t);
        }
        for (String t : List.of("石墨烯", "电池", "钙钛矿", "汽车", "土壤")) {
            assertFalse(s.contains(t), t);
        }
    }

    @Test
    void fingerprintFollowsWhatDecidesTheTerms() {
        try (TechAnalyzers a = TechAnalyzers.shipped();
             TechAnalyzers b = new TechAnalyzers(TermDictionary.shipped(), StopList.shipped(), DocumentFrequencies.shipped(),
                     SegmenterConfig.defaults().withRunBigrams(false))) {
            assertTrue(a.fingerprint().length() == 16 && !a.fingerprint().equals(b.fingerprint()));
            try (TechAnalyzers again = TechAnalyzers.shipped()) {
                assertTrue(a.fingerprint().equals(again.fingerprint()));
            }
        }
    }

    @Test
    void documentFrequenciesCoverTheCorpus() {
        DocumentFrequencies df = DocumentFrequencies.shipped();
        assertTrue(df.docs() > 17_000, "docs " + df.docs());
        assertTrue(df.df("石墨烯") > 10 && df.df("石墨烯") < df.docs() / 10, "df " + df.df("石墨烯"));
    }
}
