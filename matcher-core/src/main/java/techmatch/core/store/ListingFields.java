package techmatch.core.store;

import techmatch.core.record.Language;
import techmatch.core.text.TextAnalysis;
import techmatch.index.IndexSchema;
import techmatch.index.VectorFormat;

/** The index fields a listing is stored under, shared by the writer, the query builder and the filters. */
public final class ListingFields {

  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String TITLE_EN = "title_en";
  public static final String BODY_EN = "body_en";

  public static final String INDUSTRY = "industry";
  public static final String AREA = "area";
  public static final String IP_KIND = "ip_kind";
  public static final String MATURITY = "maturity";
  public static final String COOPERATION = "cooperation";
  public static final String REGION = "region";
  public static final String LANGUAGE = "language";
  public static final String OWNER = "owner";
  public static final String VISIBILITY = "visibility";
  public static final String SOURCE = "source";
  /** Who may see the listing: {@code public}, and {@code org:<owner id>} for its owner. */
  public static final String READERS = "readers";
  public static final String PUBLIC_READER = "public";

  public static final String PRICE_MIN = "price_min";
  public static final String PRICE_MAX = "price_max";
  public static final String VALID_FROM = "valid_from";
  public static final String VALID_UNTIL = "valid_until";
  public static final String MATURITY_LEVEL = "maturity_level";

  public static final String VECTOR = "vector";

  private ListingFields() {}

  public static String ownerReader(String ownerId) {
    return "org:" + ownerId;
  }

  public static String titleField(Language language) {
    return language == Language.EN ? TITLE_EN : TITLE;
  }

  public static String bodyField(Language language) {
    return language == Language.EN ? BODY_EN : BODY;
  }

  /** The schema of one collection (achievements or demands); both use the same one so a match can go either way. */
  public static IndexSchema schema(TextAnalysis analysis, int dims, String modelFingerprint, VectorFormat format) {
    return IndexSchema.builder()
        .text(TITLE, analysis.analyzer(Language.ZH))
        .text(BODY, analysis.analyzer(Language.ZH))
        .text(TITLE_EN, analysis.analyzer(Language.EN))
        .text(BODY_EN, analysis.analyzer(Language.EN))
        .keyword(INDUSTRY, AREA, IP_KIND, MATURITY, COOPERATION, REGION, LANGUAGE, OWNER, VISIBILITY, SOURCE, READERS)
        .longs(PRICE_MIN, PRICE_MAX, VALID_FROM, VALID_UNTIL, MATURITY_LEVEL)
        .vector(VECTOR, dims, modelFingerprint, format)
        .analysisFingerprint(analysis.fingerprint())
        .build();
  }
}
