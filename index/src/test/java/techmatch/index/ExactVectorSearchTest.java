package techmatch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ExactVectorSearchTest {

  @Test
  void matchesBruteForceAcrossSegmentsDeletionsAndDocsWithoutVectors() throws IOException {
    int n = 600;
    float[][] vectors = new float[n][];
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < n; i++) {
        Document d = new Document();
        d.add(new KeywordField("_id", "d" + i, Field.Store.YES));
        d.add(new KeywordField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
        if (i % 10 != 3) {
          vectors[i] = Fixtures.vector(i);
          d.add(new KnnFloatVectorField("vec", vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
        }
        w.addDocument(d);
        if (i % 200 == 199) {
          w.commit(); // several segments
        }
      }
      w.deleteDocuments(new Term("_id", "d0"), new Term("_id", "d2"));
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(w)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        float[] q = Fixtures.vector(12345);
        ScoreDoc[] top = ExactVectorSearch.search(searcher, "vec", q, KeywordField.newExactQuery("parity", "even"), 15);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (i % 2 == 0 && vectors[i] != null && i != 0 && i != 2) {
            expected.add(i);
          }
        }
        expected.sort(Comparator.comparingDouble((Integer i) -> Fixtures.dot(q, vectors[i])).reversed());
        String[] want = expected.subList(0, 15).stream().map(i -> "d" + i).toArray(String[]::new);
        String[] got = new String[top.length];
        for (int i = 0; i < top.length; i++) {
          got[i] = searcher.storedFields().document(top[i].doc).get("_id");
          int id = Integer.parseInt(got[i].substring(1));
          assertEquals((1 + Fixtures.dot(q, vectors[id])) / 2, top[i].score, 1e-6f);
        }
        assertArrayEquals(want, got);
      }
    }
  }
}
