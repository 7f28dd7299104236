package techmatch.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a {@link HybridIndex} holds besides the id and the stored source: analysed text fields (each with its own
 * analyzer), exact keyword fields (multi-valued, for filters), long and double fields (multi-valued, for ranges),
 * and one vector field.
 *
 * @param analysisFingerprint identifies the analysis chain (e.g. the nlp module's dictionary version); recorded in
 *                            the index and checked on open like the embedding model, since a changed tokenizer makes
 *                            old postings unmatchable. Use "" if the caller does not track it.
 */
public record IndexSchema(
    Map<String, TextFieldSpec> textFields,
    Set<String> keywordFields,
    Set<String> longFields,
    Set<String> doubleFields,
    VectorSpec vector,
    String analysisFingerprint) {

  /** Reserved field names used by the index itself. */
  static final String ID_FIELD = "_id";
  /** The id again as doc values, for reading the ids of hits cheaply ({@link IdLookup}). */
  static final String ID_VALUES_FIELD = "_id_values";
  static final String SOURCE_FIELD = "_source";

  public IndexSchema {
    textFields = Map.copyOf(textFields);
    keywordFields = Set.copyOf(keywordFields);
    longFields = Set.copyOf(longFields);
    doubleFields = Set.copyOf(doubleFields);
    if (vector == null) {
      throw new IllegalArgumentException("schema: a vector field is required");
    }
    if (analysisFingerprint == null) {
      throw new IllegalArgumentException("schema: analysisFingerprint must not be null (use \"\")");
    }
    Set<String> seen = new HashSet<>();
    List<String> all = new ArrayList<>(textFields.keySet());
    all.addAll(keywordFields);
    all.addAll(longFields);
    all.addAll(doubleFields);
    all.add(vector.field());
    for (String name : all) {
      requireFieldName(name, "field");
      if (!seen.add(name)) {
        throw new IllegalArgumentException("schema: field '" + name + "' is declared twice");
      }
    }
    textFields.forEach((name, spec) -> {
      if (!name.equals(spec.name())) {
        throw new IllegalArgumentException("schema: text field key '" + name + "' differs from its spec name '" + spec.name() + "'");
      }
    });
  }

  static void requireFieldName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + ": name must not be blank");
    }
    if (name.startsWith("_")) {
      throw new IllegalArgumentException(what + " '" + name + "': names starting with '_' are reserved");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Analyzer analyzer(String textField) {
    TextFieldSpec spec = textFields.get(textField);
    if (spec == null) {
      throw new IllegalArgumentException("unknown text field '" + textField + "'; text fields are " + textFields.keySet());
    }
    return spec.analyzer();
  }

  public static final class Builder {
    private final Map<String, TextFieldSpec> text = new LinkedHashMap<>();
    private final Set<String> keywords = new LinkedHashSet<>();
    private final Set<String> longs = new LinkedHashSet<>();
    private final Set<String> doubles = new LinkedHashSet<>();
    private VectorSpec vector;
    private String analysisFingerprint = "";

    private Builder() {}

    public Builder text(String name, Analyzer analyzer) {
      if (text.put(name, new TextFieldSpec(name, analyzer)) != null) {
        throw new IllegalArgumentException("schema: field '" + name + "' is declared twice");
      }
      return this;
    }

    public Builder keyword(String... names) {
      keywords.addAll(List.of(names));
      return this;
    }

    public Builder longs(String... names) {
      longs.addAll(List.of(names));
      return this;
    }

    public Builder doubles(String... names) {
      doubles.addAll(List.of(names));
      return this;
    }

    public Builder vector(String field, int dims, String modelFingerprint, VectorFormat format) {
      this.vector = new VectorSpec(field, dims, modelFingerprint, format);
      return this;
    }

    public Builder analysisFingerprint(String fingerprint) {
      this.analysisFingerprint = fingerprint;
      return this;
    }

    public IndexSchema build() {
      return new IndexSchema(text, keywords, longs, doubles, vector, analysisFingerprint);
    }
  }
}
