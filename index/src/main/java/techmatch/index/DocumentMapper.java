package techmatch.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;

/** Validates an {@link IndexDocument} against the schema and turns it into a Lucene document. */
final class DocumentMapper {

  /** Unit length is required by DOT_PRODUCT; embeddings come out of float math, so allow a little slack. */
  static final float NORM_TOLERANCE = 1e-3f;

  /** Stored (for highlighting) and indexed with offsets, so the highlighter reads exact offsets from postings. */
  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  private final IndexSchema schema;

  DocumentMapper(IndexSchema schema) {
    this.schema = schema;
  }

  /** Throws IllegalArgumentException naming the document and field on the first problem, before anything is written. */
  void validate(IndexDocument doc) {
    for (String f : doc.text().keySet()) {
      if (!schema.textFields().containsKey(f)) {
        throw bad(doc, f, "is not a text field of this index (text fields: " + schema.textFields().keySet() + ")");
      }
    }
    doc.text().forEach((f, v) -> {
      if (v == null) {
        throw bad(doc, f, "text is null");
      }
    });
    checkNames(doc, doc.keywords(), schema.keywordFields(), "keyword");
    checkNames(doc, doc.longs(), schema.longFields(), "long");
    checkNames(doc, doc.doubles(), schema.doubleFields(), "double");
    doc.keywords().forEach((f, values) -> values.forEach(v -> {
      if (v == null) {
        throw bad(doc, f, "keyword value is null");
      }
    }));
    doc.doubles().forEach((f, values) -> values.forEach(v -> {
      if (v == null || v.isNaN()) {
        throw bad(doc, f, "double value is " + v);
      }
    }));
    doc.longs().forEach((f, values) -> values.forEach(v -> {
      if (v == null) {
        throw bad(doc, f, "long value is null");
      }
    }));
    float[] v = doc.vectorUnsafe();
    if (v != null) {
      VectorSpec spec = schema.vector();
      if (v.length != spec.dims()) {
        throw bad(doc, spec.field(), "vector has " + v.length + " dims, the index expects " + spec.dims()
            + " (model " + spec.modelFingerprint() + ")");
      }
      double sq = 0;
      for (float x : v) {
        if (!Float.isFinite(x)) {
          throw bad(doc, spec.field(), "vector contains " + x);
        }
        sq += (double) x * x;
      }
      double norm = Math.sqrt(sq);
      if (Math.abs(norm - 1.0) > NORM_TOLERANCE) {
        throw bad(doc, spec.field(), "vector must be L2-normalised (dot product = cosine), its norm is " + norm);
      }
    }
  }

  private static void checkNames(IndexDocument doc, Map<String, ? extends List<?>> values, java.util.Set<String> allowed, String kind) {
    for (String f : values.keySet()) {
      if (!allowed.contains(f)) {
        throw bad(doc, f, "is not a " + kind + " field of this index (" + kind + " fields: " + allowed + ")");
      }
    }
  }

  private static IllegalArgumentException bad(IndexDocument doc, String field, String problem) {
    return new IllegalArgumentException("document '" + doc.id() + "', field '" + field + "': " + problem);
  }

  Document toLucene(IndexDocument doc) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID_FIELD, doc.id(), Field.Store.YES));
    d.add(new org.apache.lucene.document.BinaryDocValuesField(IndexSchema.ID_VALUES_FIELD,
        new org.apache.lucene.util.BytesRef(doc.id())));
    doc.text().forEach((f, v) -> d.add(new Field(f, v, TEXT_TYPE)));
    doc.keywords().forEach((f, values) -> values.forEach(v -> d.add(new KeywordField(f, v, Field.Store.NO))));
    doc.longs().forEach((f, values) -> values.forEach(v -> d.add(new LongField(f, v, Field.Store.NO))));
    doc.doubles().forEach((f, values) -> values.forEach(v -> d.add(new DoubleField(f, v, Field.Store.NO))));
    if (doc.vectorUnsafe() != null) {
      d.add(new KnnFloatVectorField(schema.vector().field(), doc.vectorUnsafe(), VectorSimilarityFunction.DOT_PRODUCT));
    }
    if (doc.source() != null) {
      d.add(new StoredField(IndexSchema.SOURCE_FIELD, doc.source()));
    }
    return d;
  }
}
