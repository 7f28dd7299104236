package techmatch.core.match;

import java.util.List;
import techmatch.core.record.Language;
import techmatch.core.record.Listing;
import techmatch.core.text.KeyTerm;

/**
 * The query as the engine ranks against it: its text, vector and key terms, and the record itself when the query is a
 * stored listing (ad-hoc text has none, so record-level features such as industry agreement stay neutral).
 */
record QuerySide(String title, String text, Language language, float[] vector, float[] titleVector,
    List<KeyTerm> keyTerms, Listing listing) {

  String fullText() {
    return title.isEmpty() ? text : text.isEmpty() ? title : title + "\n" + text;
  }
}
