package techmatch.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Scores a given set of documents against a query without searching: one scorer per segment, advanced to each
 * document in order. Used for per-field BM25 of top hits and of candidates found only by kNN.
 */
final class FieldScorer {

  private FieldScorer() {}

  /** @param sortedDocs ascending global doc ids; returns each one's score (0 where the query does not match) */
  static float[] score(IndexSearcher searcher, Query query, int[] sortedDocs) throws IOException {
    float[] scores = new float[sortedDocs.length];
    if (sortedDocs.length == 0) {
      return scores;
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int i = 0;
    while (i < sortedDocs.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sortedDocs[i], leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      Scorer scorer = weight.scorer(leaf);
      DocIdSetIterator it = null;
      TwoPhaseIterator twoPhase = null;
      if (scorer != null) {
        twoPhase = scorer.twoPhaseIterator();
        it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      }
      for (; i < sortedDocs.length && sortedDocs[i] < end; i++) {
        if (it == null) {
          continue;
        }
        int local = sortedDocs[i] - leaf.docBase;
        if (it.docID() < local) {
          it.advance(local);
        }
        if (it.docID() == local && (twoPhase == null || twoPhase.matches())) {
          scores[i] = scorer.score();
        }
      }
    }
    return scores;
  }
}
