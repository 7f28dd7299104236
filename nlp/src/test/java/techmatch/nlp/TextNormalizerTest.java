package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void fullWidthBecomesHalfWidthAndLatinLowerCase() {
        assertEquals("pm2.5检测,li-ion电池,2019年", normalizer.normalize("ＰＭ２．５检测，Ｌｉ－ｉｏｎ电池，２０１９年"));
    }

    @Test
    void technicalTokensStayIntact() {
        String n = normalizer.normalize("支持5G通信的PM2.5传感器，CO2捕集，Li-ion电池");
        assertTrue(n.contains("5g") && n.contains("pm2.5") && n.contains("co2") && n.contains("li-ion"), n);
    }

    @Test
    void traditionalBecomesSimplified() {
        assertEquals("基于机器视觉的尺寸测量系统,锂离子电池", normalizer.normalize("基於機器視覺的尺寸測量系統，鋰離子電池"));
        // Phrase entries of HanLP's table win over single characters.
        assertEquals("这种干燥方法", normalizer.normalize("這種乾燥方法"));
        assertEquals("乾坤之间", normalizer.normalize("乾坤之間"));
    }

    @Test
    void simplifiedTextQuotingTraditionalKeepsItsOwnWords() {
        // 程式 → 程序, 覆 → 复, 乾 → 干 are table entries (Taiwan usage) but also plain simplified text.
        assertEquals("方程式的覆盖范围与蒜薹和乾坤", normalizer.normalize("方程式的覆盖范围与蒜薹和乾坤"));
        String mixed = "本文以化学反应方程式为对象，研究其在臺灣地区中学教材中的覆盖范围，并讨论方程式配平的数值求解方法、误差来源与教学效果评价";
        String n = normalizer.normalize(mixed);
        assertTrue(n.contains("台湾") && n.contains("方程式") && n.contains("覆盖"), n);
    }

    @Test
    void simplifiedTextIsUnchanged() {
        String s = Datasets.sentenceContaining("51jishu/achievements.jsonl", "context", "显著");
        String n = normalizer.normalize(s);
        // Only width, case and spacing may differ: no Han character of simplified text is rewritten.
        assertEquals(s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count(),
                n.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count());
        assertTrue(n.contains("显著"), n);
    }

    @Test
    void nfkcFoldsCompatibilityCharacters() {
        assertEquals("25°c,10m2,1", normalizer.normalize("25℃，10㎡，①"));
        assertEquals("café", normalizer.normalize("cafe\u0301"));
    }

    @Test
    void whitespaceCollapsesAndControlCharactersGo() {
        assertEquals("a b c", normalizer.normalize("  a\t\n b\u3000\u00a0 c \u0007"));
        assertEquals("石墨烯", normalizer.normalize("石\u200b墨\u0000烯"));
        assertEquals("", normalizer.normalize(" \n\t "));
    }

    @Test
    void keepingCaseVariantOnlySkipsLowerCasing() {
        assertEquals("Li-ion 電池".length(), normalizer.keepingCase().normalize("Ｌｉ-ion 電池").length());
        assertEquals("Li-ion 电池", normalizer.keepingCase().normalize("Ｌｉ-ion 電池"));
    }

    @Test
    void offsetsPointIntoTheSource() {
        String src = "Ａ  鋰電池℃";
        TextNormalizer.NormalizedText t = normalizer.normalizeTracking(src);
        assertEquals("a 锂电池°c", t.text());
        assertEquals(0, t.sourceOffset(0));
        assertEquals(3, t.sourceOffset(2)); // 锂 ← 鋰
        assertEquals(6, t.sourceOffset(5)); // ° ← ℃
        assertEquals(6, t.sourceOffset(6)); // c ← ℃
        assertEquals(src.length(), t.sourceOffset(t.text().length()));
    }
}
