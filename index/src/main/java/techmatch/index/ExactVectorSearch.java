package techmatch.index;

import java.io.IOException;
import java.util.PriorityQueue;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Brute-force top-n over the raw vectors of the documents matching a filter. Lucene already falls back to an exact
 * scan per segment when a filter is selective; this is the index's own guarantee for the rare case where the graph
 * search ends with fewer hits than the filter admits (e.g. a graph region cut off by the filter).
 */
final class ExactVectorSearch {

  private ExactVectorSearch() {}

  /** Scores use Lucene's DOT_PRODUCT mapping (1 + dot) / 2, like KnnFloatVectorQuery's. */
  static ScoreDoc[] search(IndexSearcher searcher, String field, float[] query, Query filter, int n) throws IOException {
    Query q = filter == null ? new MatchAllDocsQuery() : filter;
    Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    PriorityQueue<ScoreDoc> top = new PriorityQueue<>(n + 1,
        (a, b) -> a.score != b.score ? Float.compare(a.score, b.score) : Integer.compare(b.doc, a.doc));
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
      Scorer scorer = weight.scorer(leaf);
      if (values == null || scorer == null) {
        continue;
      }
      var live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (values.docID() < doc) {
          values.advance(doc);
        }
        if (values.docID() != doc) {
          continue;
        }
        float score = (1 + VectorReader.dot(query, values.vectorValue())) / 2;
        top.add(new ScoreDoc(leaf.docBase + doc, score));
        if (top.size() > n) {
          top.poll();
        }
      }
    }
    ScoreDoc[] out = new ScoreDoc[top.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = top.poll();
    }
    return out;
  }
}
