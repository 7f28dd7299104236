package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void simpleCases() {
        assertEquals(Language.ZH, detector.detect("一种石墨烯改性锂离子电池正极材料"));
        assertEquals(Language.ZH, detector.detect("基于5G的PM2.5监测系统"));
        assertEquals(Language.EN, detector.detect("Drinkable, tough hydrogels for gastrointestinal applications"));
        assertEquals(Language.MIXED, detector.detect("MoS2-Ti composite film 复合膜 with high wear resistance"));
        assertEquals(Language.ZH, detector.detect("2019 - 2020"));
    }

    @Test
    void englishListingsAreEnglish() throws IOException {
        // techtransfer-en: each line of the CSVs that is long enough is English prose (titles, descriptions).
        int total = 0;
        int english = 0;
        for (String f : List.of("mit_2024_11_26.csv", "stanford_2024_11_24.csv", "upenn_2024_12_07.csv")) {
            for (String line : Files.readAllLines(Datasets.ROOT.resolve("techtransfer-en").resolve(f), StandardCharsets.UTF_8)) {
                if (line.length() < 80) {
                    continue;
                }
                total++;
                if (detector.detect(line) == Language.EN) {
                    english++;
                }
            }
        }
        assertTrue(total > 1000, "read " + total);
        assertTrue(english >= total * 0.999, english + " of " + total + " English");
    }

    @Test
    void chineseListingsAreNeverEnglish() {
        for (String[] source : new String[][] {{"51jishu/achievements.jsonl", "context"}, {"51jishu/demands.jsonl", "context"},
                {"chinaxiv/abstracts.jsonl", "abstract"}, {"csl/papers.jsonl", "abstract"}, {"haiyan/demands.jsonl", "detail"}}) {
            List<String> texts = Datasets.texts(source[0], source[1], t -> t.length() >= 20);
            long notChinese = texts.stream().filter(t -> detector.detect(t) == Language.EN).count();
            long zh = texts.stream().filter(t -> detector.detect(t) == Language.ZH).count();
            assertTrue(notChinese <= texts.size() / 200, source[0] + ": " + notChinese + " of " + texts.size() + " detected as English");
            assertTrue(zh >= texts.size() * 0.95, source[0] + ": only " + zh + " of " + texts.size() + " zh");
        }
    }

    @Test
    void badThresholdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LanguageDetector(0.1, 0.2));
        assertEquals(Language.MIXED, Language.fromCode("mixed"));
        assertThrows(IllegalArgumentException.class, () -> Language.fromCode("fr"));
    }
}
