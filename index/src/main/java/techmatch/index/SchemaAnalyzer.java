package techmatch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Routes each text field to the analyzer its {@link TextFieldSpec} declares. */
final class SchemaAnalyzer extends DelegatingAnalyzerWrapper {

  private final IndexSchema schema;

  SchemaAnalyzer(IndexSchema schema) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.schema = schema;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return schema.analyzer(fieldName);
  }
}
