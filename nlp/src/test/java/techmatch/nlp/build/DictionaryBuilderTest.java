package techmatch.nlp.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import techmatch.nlp.DocumentFrequencies;
import techmatch.nlp.StopList;
import techmatch.nlp.TermDictionary;

class DictionaryBuilderTest {
    @TempDir
    Path dir;

    private Path jsonl(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void buildsDictionaryStopListAndDfFromGenericFields() throws IOException {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        String[] topics = {"钙钛矿太阳能电池效率", "锂离子电池负极", "土壤重金属修复", "石墨烯导热膜", "农作物病虫害监测"};
        for (int i = 0; i < 40; i++) {
            String topic = topics[i % topics.length];
            a.add("{\"id\":\"a" + i + "\",\"t\":\"本发明涉及" + topic + "\",\"body\":\"本发明公开了一种" + topic + "的方法。\","
                    + "\"kw\":[\"" + (i == 0 ? "独有关键词甲" : "钙钛矿") + "\"],\"cat\":\"新材料-膜材料\"}");
            b.add("{\"id\":\"b" + i + "\",\"x\":\"企业需求：" + topic + "，希望合作\"}");
        }
        Path fa = jsonl("a.jsonl", a);
        Path fb = jsonl("b.jsonl", b);
        Path out = dir.resolve("out");
        DictionaryBuilder.main(new String[] {
                "--keywords", fa + ":kw", "--labels", fa + ":cat",
                "--text", fa + ":t,body", "--text", fb + ":x", "--stop-share", "0.5", "--out", out.toString()});

        TermDictionary dict = TermDictionary.read(out.resolve("tech-terms.txt"));
        assertTrue(dict.contains("钙钛矿"), "keyword found in many texts");
        assertFalse(dict.contains("独有关键词甲"), "keyword found in no text but its own list");
        assertTrue(dict.contains("新材料") && dict.contains("膜材料"), "label levels");

        StopList stops = StopList.read(out.resolve("stopwords.txt"));
        assertTrue(stops.contains("的"), stops.terms().toString());
        assertFalse(stops.contains("钙钛矿"), stops.terms().toString());

        DocumentFrequencies df = DocumentFrequencies.read(out.resolve("df.tsv"));
        assertEquals(80, df.docs());
        assertTrue(df.df("钙钛矿") >= 8, "df " + df.df("钙钛矿"));
    }

    @Test
    void badInputNamesTheFileAndLine() throws IOException {
        Path bad = jsonl("bad.jsonl", List.of("{\"x\":\"ok\"}", "{not json"));
        IOException e = assertThrows(IOException.class, () -> DictionaryBuilder.main(new String[] {
                "--text", bad + ":x", "--out", dir.resolve("o").toString()}));
        assertTrue(e.getMessage().contains("bad.jsonl line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DictionaryBuilder.main(new String[] {"--text", "nofield"}));
    }

    @Test
    void keywordCleanerSplitsAndDropsCatalogueData() {
        assertEquals(List.of("开放期刊", "权益", "图书馆"), KeywordCleaner.keywords("开放期刊;权益;图书馆 中图分类号:g250 doi: 10.3772/j"));
        assertEquals(List.of("起源信息", "长期保存", "oais"), KeywordCleaner.keywords("起源信息 长期保存 oais\n分类号:g250.76"));
        assertEquals(List.of("制造业", "化学原料和化学制品制造业", "化学原料", "化学制品制造业"),
                KeywordCleaner.labelParts("制造业——化学原料和化学制品制造业"));
    }
}
