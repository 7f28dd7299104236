package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class HighlightTest {

  @Test
  void englishMatchesAreMarkedAndHtmlIsEscaped() throws IOException {
    try (HybridIndex index = HybridIndex.open(Fixtures.freshDir("hl-en"), Fixtures.schema(VectorFormat.int8()))) {
      index.upsert(IndexDocument.builder("e").text("body", "A <b>graphene</b> anode. Unrelated sentence. Graphene again & more.").build());
      List<Snippet> snippets = index.highlight("e", "body", "graphene", 5);
      assertFalse(snippets.isEmpty());
      String all = String.join(" ", snippets.stream().map(s -> s.marked("[", "]")).toList());
      assertTrue(all.contains("[graphene]") && all.contains("[Graphene]"), all);
      String html = String.join(" ", snippets.stream().map(Snippet::html).toList());
      assertTrue(html.contains("&lt;b&gt;<em>graphene</em>&lt;/b&gt;"), html);
      assertTrue(html.contains("&amp;"), html);
      assertTrue(index.highlight("e", "body", "absent words", 3).isEmpty(), "no match, no snippet");
      assertTrue(index.highlight("missing-id", "body", "graphene", 3).isEmpty());
    }
  }

  @Test
  void chineseOffsetsPointAtTheMatchedWords() throws IOException {
    SmartChineseAnalyzer zh = new SmartChineseAnalyzer();
    IndexSchema schema = Fixtures.schema(VectorFormat.int8(), zh, Fixtures.DIMS, Fixtures.MODEL);
    String body = "🔋本发明涉及一种锂离子电池正极材料的制备方法，所述正极材料具有高能量密度。另外，电池的循环寿命得到提高。";
    try (HybridIndex index = HybridIndex.open(Fixtures.freshDir("hl-zh"), schema)) {
      index.upsert(IndexDocument.builder("z").text("body", body).build());
      List<Snippet> snippets = index.highlight("z", "body", "正极材料 电池", 5);
      assertFalse(snippets.isEmpty());
      Set<String> queryTerms = TermsAnalysis.termCounts(zh, "body", "正极材料 电池").keySet();
      int marked = 0;
      for (Snippet s : snippets) {
        assertEquals(s.text(), body.substring(s.startOffset(), s.startOffset() + s.text().length()));
        for (Snippet.Span span : s.matches()) {
          String surface = s.text().substring(span.start(), span.end());
          assertTrue(queryTerms.contains(surface) || queryTerms.stream().anyMatch(surface::contains),
              "span '" + surface + "' is a query term " + queryTerms);
          marked++;
        }
      }
      assertTrue(marked >= 3, "正极, 材料 (twice) and 电池 (twice) are marked, got " + marked);
      String html = String.join("", snippets.stream().map(Snippet::html).toList());
      assertTrue(html.contains("<em>电池</em>"), html);

      List<Snippet> byTerms = index.highlightTerms("z", "body", List.of("电池"), 5);
      assertTrue(String.join("", byTerms.stream().map(s -> s.marked("[", "]")).toList()).contains("锂离子[电池]"),
          byTerms.toString());
    }
  }

  @Test
  void overlappingMatchesAreMerged() {
    Snippet s = new Snippet("abcdef", 0, List.of(new Snippet.Span(1, 3)));
    assertEquals("a<em>bc</em>def", s.marked("<em>", "</em>"));
    // merging is done by the formatter; here we check marked() on adjacent spans
    Snippet two = new Snippet("abcdef", 0, List.of(new Snippet.Span(0, 1), new Snippet.Span(1, 2)));
    assertEquals("[a][b]cdef", two.marked("[", "]"));
    new StandardAnalyzer().close();
  }
}
