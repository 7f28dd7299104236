package techmatch.index;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts recorded in every commit's user data, and the check made against them on open. */
final class IndexMetadata {

  static final String LAYOUT = "techmatch.index.layout";
  static final String MODEL = "techmatch.embedding.model";
  static final String DIMS = "techmatch.embedding.dims";
  static final String VECTOR_FIELD = "techmatch.vector.field";
  static final String ENCODING = "techmatch.vector.encoding";
  static final String ANALYSIS = "techmatch.analysis";
  /** Bumped when the mapping of {@link IndexDocument} to Lucene fields changes incompatibly. */
  static final String LAYOUT_VERSION = "1";

  private IndexMetadata() {}

  static Map<String, String> of(IndexSchema schema) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(LAYOUT, LAYOUT_VERSION);
    m.put(MODEL, schema.vector().modelFingerprint());
    m.put(DIMS, Integer.toString(schema.vector().dims()));
    m.put(VECTOR_FIELD, schema.vector().field());
    m.put(ENCODING, schema.vector().format().encoding().name());
    m.put(ANALYSIS, schema.analysisFingerprint());
    return m;
  }

  /**
   * Throws if the recorded facts differ from the schema's. The encoding is not compared: segments written with
   * another encoding stay readable and are converted as they merge.
   */
  static void check(Map<String, String> recorded, IndexSchema schema, Path dir) throws IndexMismatchException {
    Map<String, String> expected = of(schema);
    for (String key : new String[] {LAYOUT, MODEL, DIMS, VECTOR_FIELD, ANALYSIS}) {
      String was = recorded.get(key);
      String want = expected.get(key);
      if (!want.equals(was)) {
        throw new IndexMismatchException("index at " + dir + " was built with " + describe(key) + " = "
            + (was == null ? "(not recorded)" : "'" + was + "'") + " but this configuration has '" + want
            + "'. Its vectors/terms cannot be compared with new ones; rebuild it: delete " + dir
            + " or run `./techmatch reindex`.");
      }
    }
  }

  private static String describe(String key) {
    return switch (key) {
      case LAYOUT -> "index layout version";
      case MODEL -> "embedding model";
      case DIMS -> "embedding dimensions";
      case VECTOR_FIELD -> "vector field";
      case ANALYSIS -> "analysis fingerprint";
      default -> key;
    };
  }
}
