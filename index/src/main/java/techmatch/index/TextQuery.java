package techmatch.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw query text and the weight of each text field. The text is analysed with each field's own analyzer and turned
 * into term queries directly, so no character has query-syntax meaning.
 *
 * @param maxTermsPerField long texts (a whole demand used as a query) are cut to this many distinct terms per
 *                         field, keeping those with the highest query-frequency × idf
 */
public record TextQuery(String text, Map<String, Float> fieldWeights, int maxTermsPerField,
    TermWeighting termWeighting) {

  /**
   * How a term that occurs several times in the query text is weighted. A whole listing used as a query repeats its
   * topic words many times; {@code LOG} keeps that signal without letting one word drown the rest.
   */
  public enum TermWeighting {
    /** Boost = occurrences. */
    RAW,
    /** Boost = 1 + ln(occurrences). */
    LOG,
    /** Every distinct term counts once. */
    BINARY;

    float boost(int occurrences) {
      return switch (this) {
        case RAW -> occurrences;
        case LOG -> (float) (1 + Math.log(occurrences));
        case BINARY -> 1f;
      };
    }
  }

  public static final int DEFAULT_MAX_TERMS_PER_FIELD = 128;

  public TextQuery {
    if (text == null) {
      throw new IllegalArgumentException("text query: text must not be null");
    }
    if (fieldWeights == null || fieldWeights.isEmpty()) {
      throw new IllegalArgumentException("text query: at least one field weight is required");
    }
    fieldWeights.forEach((f, w) -> {
      if (w == null || !(w > 0) || !Float.isFinite(w)) {
        throw new IllegalArgumentException("text query: weight of field '" + f + "' must be a positive number, got " + w);
      }
    });
    fieldWeights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldWeights));
    if (termWeighting == null) {
      throw new IllegalArgumentException("text query: termWeighting must not be null");
    }
    if (maxTermsPerField < 1) {
      throw new IllegalArgumentException("text query: maxTermsPerField must be >= 1, got " + maxTermsPerField);
    }
  }

  public static TextQuery of(String text, Map<String, Float> fieldWeights) {
    return new TextQuery(text, fieldWeights, DEFAULT_MAX_TERMS_PER_FIELD, TermWeighting.RAW);
  }

  public TextQuery withTermWeighting(TermWeighting weighting) {
    return new TextQuery(text, fieldWeights, maxTermsPerField, weighting);
  }

  public TextQuery withMaxTermsPerField(int max) {
    return new TextQuery(text, fieldWeights, max, termWeighting);
  }
}
