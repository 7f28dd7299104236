package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextSearchTest {

  private static HybridIndex index;
  private static final Map<String, Float> BOTH = Map.of("title", 2f, "body", 1f);

  @BeforeAll
  static void open() throws IOException {
    index = HybridIndex.open(Fixtures.freshDir("text"), Fixtures.schema(VectorFormat.int8()));
    index.upsertAll(List.of(
        IndexDocument.builder("t").text("title", "graphene battery anode").text("body", "a method for coating").vector(Fixtures.vector(1)).build(),
        IndexDocument.builder("b").text("title", "coating method").text("body", "graphene battery anode made by coating").vector(Fixtures.vector(2)).build(),
        IndexDocument.builder("o").text("title", "solar panel").text("body", "AND OR NOT c++ c# \"quoted\" path\\to:file (x) a*b 🔋 emoji").vector(Fixtures.vector(3)).build(),
        IndexDocument.builder("z").text("title", "unrelated").text("body", "nothing here").vector(Fixtures.vector(4)).build()));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void titleMatchOutranksBodyMatchAndCarriesPerFieldScores() throws IOException {
    List<TextHit> hits = index.searchText(TextQuery.of("graphene anode", BOTH), SearchFilter.none(), 10);
    assertEquals(List.of("t", "b"), hits.stream().map(TextHit::id).toList());
    TextHit t = hits.get(0);
    TextHit b = hits.get(1);
    assertTrue(t.fieldScores().get("title") > 0 && t.fieldScores().get("body") == 0, t.toString());
    assertTrue(b.fieldScores().get("title") == 0 && b.fieldScores().get("body") > 0, b.toString());
    for (TextHit h : hits) {
      float expected = 2f * h.fieldScores().get("title") + h.fieldScores().get("body");
      assertEquals(expected, h.score(), 1e-4f, "total is the weighted sum of the field scores");
    }
    List<TextHit> bodyFirst = index.searchText(TextQuery.of("graphene anode", Map.of("title", 0.1f, "body", 5f)),
        SearchFilter.none(), 10);
    assertEquals("b", bodyFirst.get(0).id(), "weights decide between fields");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AND", "c++ AND c#", "\"quoted", "path\\to:file", "(x", "a*b", "*", "🔋 emoji", "OR NOT (", ":", "\\", "\""})
  void querySyntaxIsOrdinaryText(String text) throws IOException {
    List<TextHit> hits = index.searchText(TextQuery.of(text, BOTH), SearchFilter.none(), 10);
    boolean hasTerms = !TermsAnalysis.termCounts(index.schema().analyzer("body"), "body", text).isEmpty();
    if (hasTerms) {
      assertEquals("o", hits.get(0).id(), text);
    } else {
      assertTrue(hits.isEmpty(), text);
    }
  }

  @Test
  void starAndQuoteAreNotWildcardsOrPhrases() throws IOException {
    // "coat*" would match "coating" if it were parsed as a wildcard
    assertTrue(index.searchText(TextQuery.of("coat*", BOTH), SearchFilter.none(), 10).isEmpty());
    assertTrue(index.searchText(TextQuery.of("", BOTH), SearchFilter.none(), 10).isEmpty());
  }

  @Test
  void filterRestrictsTextHits() throws IOException {
    List<TextHit> hits = index.searchText(TextQuery.of("graphene", BOTH), SearchFilter.none().excludeIds(Set.of("t")), 10);
    assertEquals(List.of("b"), hits.stream().map(TextHit::id).toList());
  }

  @Test
  void textScoresForGivenIdsMatchTheSearchScores() throws IOException {
    TextQuery q = TextQuery.of("graphene coating", BOTH);
    Map<String, TextHit> searched = new java.util.HashMap<>();
    index.searchText(q, SearchFilter.none(), 10).forEach(h -> searched.put(h.id(), h));
    Map<String, TextHit> scored = index.textScores(q, List.of("z", "b", "missing", "t"));
    assertEquals(List.of("z", "b", "t"), new ArrayList<>(scored.keySet()), "input order, absent ids left out");
    assertEquals(0f, scored.get("z").score());
    for (String id : List.of("b", "t")) {
      assertEquals(searched.get(id).score(), scored.get(id).score(), 1e-4f, id);
      assertEquals(searched.get(id).fieldScores().get("title"), scored.get(id).fieldScores().get("title"), 1e-5f);
      assertEquals(searched.get(id).fieldScores().get("body"), scored.get(id).fieldScores().get("body"), 1e-5f);
    }
  }

  @Test
  void longQueryTextIsCutToTheMostSelectiveTerms() throws IOException {
    StringBuilder sb = new StringBuilder("graphene");
    for (int i = 0; i < 3000; i++) {
      sb.append(" filler").append(i);
    }
    TextQuery q = TextQuery.of(sb.toString(), BOTH).withMaxTermsPerField(100);
    List<TextHit> hits = index.searchText(q, SearchFilter.none(), 10);
    assertFalse(hits.isEmpty(), "the one indexed term survives the cut");
    assertEquals(Set.of("t", "b"), Set.copyOf(hits.stream().map(TextHit::id).toList()));
    assertThrows(IllegalArgumentException.class,
        () -> index.searchText(TextQuery.of("x", BOTH).withMaxTermsPerField(1000), SearchFilter.none(), 10), "clause limit is checked up front");
  }

  @Test
  void oneSearchAlsoScoresNamedDocumentsLikeTextScores() throws IOException {
    TextQuery q = TextQuery.of("graphene battery", BOTH);
    TextSearch both = index.searchText(q, SearchFilter.none(), 2, List.of("z", "t", "missing"));
    assertEquals(index.searchText(q, SearchFilter.none(), 2), both.hits());
    Map<String, TextHit> separate = index.textScores(q, List.of("z", "t", "missing"));
    assertEquals(separate.keySet(), both.scored().keySet());
    separate.forEach((id, hit) -> assertEquals(hit.score(), both.scored().get(id).score(), 1e-5f, id));
  }

  @Test
  void repeatedQueryTermsAreWeightedAsAsked() throws IOException {
    TextQuery thrice = TextQuery.of("graphene graphene graphene", BOTH);
    double once = index.textScores(TextQuery.of("graphene", BOTH), List.of("t")).get("t").score();
    double raw = index.textScores(thrice, List.of("t")).get("t").score();
    double log = index.textScores(thrice.withTermWeighting(TextQuery.TermWeighting.LOG), List.of("t")).get("t").score();
    double binary = index.textScores(thrice.withTermWeighting(TextQuery.TermWeighting.BINARY), List.of("t"))
        .get("t").score();
    assertEquals(3 * once, raw, 1e-4 * raw);
    assertEquals((1 + Math.log(3)) * once, log, 1e-4 * log);
    assertEquals(once, binary, 1e-4 * once);
  }

  @Test
  void unknownFieldIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> index.searchText(TextQuery.of("x", Map.of("abstract", 1f)), SearchFilter.none(), 10));
    assertTrue(e.getMessage().contains("'abstract'"), e.getMessage());
  }
}
