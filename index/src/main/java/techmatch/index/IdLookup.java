package techmatch.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * The record id of a hit. Read from the id's doc values, because reading the stored id decompresses the whole stored
 * block around the document, source included: that was a third of a ranking's time once the listings themselves
 * were cached. Segments written before the doc values existed fall back to the stored id.
 */
final class IdLookup {

  private final List<LeafReaderContext> leaves;
  private final StoredFields stored;

  IdLookup(IndexReader reader) throws IOException {
    this.leaves = reader.leaves();
    this.stored = reader.storedFields();
  }

  /** @param doc a top-level document number of the reader */
  String get(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    // A fresh iterator per lookup: hits come in score order, and doc values iterate forward only.
    BinaryDocValues ids = leaf.reader().getBinaryDocValues(IndexSchema.ID_VALUES_FIELD);
    if (ids != null && ids.advanceExact(doc - leaf.docBase)) {
      return ids.binaryValue().utf8ToString();
    }
    return stored.document(doc, Set.of(IndexSchema.ID_FIELD)).get(IndexSchema.ID_FIELD);
  }
}
