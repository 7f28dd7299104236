package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FilterTest {

  private static HybridIndex index;
  private static final float[] Q = Fixtures.vector(99);

  @BeforeAll
  static void open() throws IOException {
    index = HybridIndex.open(Fixtures.freshDir("filter"), Fixtures.schema(VectorFormat.float32()));
    index.upsertAll(List.of(
        IndexDocument.builder("a").text("title", "common").keyword("org", "acme", "globex").keyword("region", "north")
            .longValue("year", 2019).longValue("validUntil", 2030).doubleValue("price", 10.5).vector(Fixtures.vector(1)).build(),
        IndexDocument.builder("b").text("title", "common").keyword("org", "globex").keyword("region", "south")
            .longValue("year", 2021).longValue("validUntil", 2022).doubleValue("price", 99).vector(Fixtures.vector(2)).build(),
        IndexDocument.builder("c").text("title", "common").keyword("org", "initech")
            .longValue("year", 2023).doubleValue("price", -1).vector(Fixtures.vector(3)).build(),
        IndexDocument.builder("d").text("title", "common").vector(Fixtures.vector(4)).build()));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** Text and vector search must agree on what a filter admits. */
  private static Set<String> matching(SearchFilter f) throws IOException {
    Set<String> text = new TreeSet<>();
    index.searchText(TextQuery.of("common", Map.of("title", 1f)), f, 100).forEach(h -> text.add(h.id()));
    Set<String> vec = new TreeSet<>();
    index.searchVector(Q, 100, f).forEach(h -> vec.add(h.id()));
    assertEquals(text, vec, "text and vector search apply the same filter");
    assertEquals(List.copyOf(text), index.ids(f), "listing by filter admits the same documents, in id order");
    return text;
  }

  @Test
  void clauses() throws IOException {
    assertEquals(Set.of("a", "b", "c", "d"), matching(SearchFilter.none()));
    assertEquals(Set.of("a", "b"), matching(SearchFilter.none().anyOf("org", "globex")));
    assertEquals(Set.of("a", "c"), matching(SearchFilter.none().anyOf("org", "acme", "initech")));
    assertEquals(Set.of(), matching(SearchFilter.none().anyOf("org")));
    assertEquals(Set.of("c", "d"), matching(SearchFilter.none().noneOf("org", "globex")));
    assertEquals(Set.of("b", "c"), matching(SearchFilter.none().longRange("year", 2020, Long.MAX_VALUE)));
    assertEquals(Set.of("a"), matching(SearchFilter.none().longRange("validUntil", 2025, Long.MAX_VALUE)));
    assertEquals(Set.of("a", "c", "d"), matching(SearchFilter.none().longRangeOrMissing("validUntil", 2025, Long.MAX_VALUE)));
    assertEquals(Set.of("a", "c"), matching(SearchFilter.none().doubleRange("price", -5, 50)));
    assertEquals(Set.of("a", "c", "d"), matching(SearchFilter.none().and(new FilterClause.DoubleRange("price", -5, 50, true))));
    assertEquals(Set.of("b", "d"), matching(SearchFilter.none().excludeIds(Set.of("a", "c"))));
    assertEquals(Set.of("a", "c"), matching(SearchFilter.none().idIn(Set.of("a", "c", "nope"))));
    assertEquals(Set.of("b"), matching(SearchFilter.none().anyOf("org", "globex").anyOf("region", "south", "east")
        .longRange("year", 2000, 2030).excludeIds(Set.of("a"))));
  }

  @Test
  void unknownOrWrongKindFieldIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> index.searchVector(Q, 5, SearchFilter.none().anyOf("year", "2020")));
    assertTrue(e.getMessage().contains("'year'") && e.getMessage().contains("keyword"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> index.searchVector(Q, 5, SearchFilter.none().longRange("nope", 1, 2)));
    assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
  }
}
