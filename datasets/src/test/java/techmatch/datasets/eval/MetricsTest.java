package techmatch.datasets.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import techmatch.datasets.BundledDatasets;

/** The Java scorer must give what score.py gives; the reference runs' figures are in datasets/eval/README.md. */
class MetricsTest {

  private final Path eval = BundledDatasets.locate().root().resolve("eval");

  private Metrics.Summary score(String set, String run) throws Exception {
    return Metrics.score(Judgments.load(eval.resolve(set + "/qrels.tsv")),
        Run.read(eval.resolve(set + "/reference-runs/" + run + ".tsv")));
  }

  @Test
  void reproducesTheReferenceFigures() throws Exception {
    assertEquals(0.3648, score("dev", "bm25").ndcg(), 5e-5);
    assertEquals(0.3481, score("dev", "bm25-hanlp").ndcg(), 5e-5);
    assertEquals(0.5168, score("dev", "dense").ndcg(), 5e-5);
    assertEquals(0.5318, score("dev", "rrf").ndcg(), 5e-5);
    assertEquals(0.3041, score("reverse-dev", "bm25").ndcg(), 5e-5);
    assertEquals(0.2380, score("reverse-dev", "bm25-hanlp").ndcg(), 5e-5);
    assertEquals(0.4742, score("reverse-dev", "dense").ndcg(), 5e-5);
    assertEquals(0.4182, score("reverse-dev", "rrf").ndcg(), 5e-5);
    Metrics.Summary dense = score("dev", "dense");
    assertEquals(1.0, dense.judged(), 1e-9, "the reference runs are fully judged");
    assertEquals(dense.ndcg(), dense.ndcgCondensed(), 1e-9);
  }

  @Test
  void unjudgedDocumentsCountAsZeroAndAreDroppedFromTheCondensedList() {
    Judgments j = new Judgments(Map.of("q", Map.of("a", 3, "b", 1)));
    Run run = new Run("r", Map.of("q", List.of(new Run.Ranked("x", 2), new Run.Ranked("a", 1))));
    Metrics.Summary s = Metrics.score(j, run);
    assertTrue(s.ndcg() < s.ndcgCondensed());
    assertEquals(0.1, s.judged(), 1e-9, "one judged document of ten places");
    assertEquals(1.0, s.mrr10() * 2, 1e-9, "the relevant document is at rank 2");
  }

  @Test
  void pairedDifferenceHasAnInterval() {
    PairedDifference d = PairedDifference.of(Map.of("a", 0.5, "b", 0.7, "c", 0.6), Map.of("a", 0.4, "b", 0.5, "c", 0.6));
    assertEquals(0.1, d.mean(), 1e-9);
    assertEquals(3, d.n());
    assertTrue(d.halfWidth() > 0.1, "three queries cannot settle a 0.1 difference: " + d);
  }
}
