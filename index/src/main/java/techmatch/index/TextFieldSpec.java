package techmatch.index;

import org.apache.lucene.analysis.Analyzer;

/**
 * An analysed, BM25-scored and highlightable text field. The analyzer is owned by the caller (it is neither closed
 * nor copied here) and is used both at index time and to analyse query text for this field.
 */
public record TextFieldSpec(String name, Analyzer analyzer) {

  public TextFieldSpec {
    IndexSchema.requireFieldName(name, "text field");
    if (analyzer == null) {
      throw new IllegalArgumentException("text field '" + name + "': analyzer is required");
    }
  }
}
