package techmatch.core.record;

import java.util.regex.Pattern;

/** The size limits of the record standard, shared by the validator and the JSON schema test that keeps them equal. */
public final class Limits {

  public static final int ID_MAX = 128;
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  public static final int TITLE_MAX = 500;
  public static final int DESCRIPTION_MAX = 20_000;
  public static final int CODES_MAX = 20;
  public static final int AREA_MAX = 100;
  public static final int KEYWORDS_MAX = 50;
  public static final int KEYWORD_MAX = 100;
  public static final int REGION_MAX = 100;
  public static final int NAME_MAX = 200;
  public static final int PHONE_MAX = 40;
  public static final int EMAIL_MAX = 254;
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  public static final int URL_MAX = 2_000;
  public static final long YUAN_MAX = 10_000_000_000_000L;

  private Limits() {}
}
