package techmatch.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Reads stored raw float vectors for a set of documents, one forward pass per segment. */
final class VectorReader {

  private VectorReader() {}

  /** @param sortedDocs ascending global doc ids; entries are null for documents without a vector */
  static float[][] read(IndexSearcher searcher, String field, int[] sortedDocs) throws IOException {
    float[][] out = new float[sortedDocs.length][];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int i = 0;
    while (i < sortedDocs.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sortedDocs[i], leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
      for (; i < sortedDocs.length && sortedDocs[i] < end; i++) {
        if (values == null) {
          continue;
        }
        int local = sortedDocs[i] - leaf.docBase;
        if (values.docID() < local) {
          values.advance(local);
        }
        if (values.docID() == local) {
          out[i] = values.vectorValue().clone();
        }
      }
    }
    return out;
  }

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
