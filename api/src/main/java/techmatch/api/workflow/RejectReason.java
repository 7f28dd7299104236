package techmatch.api.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a broker rejected a candidate: a fixed taxonomy, so that rejections can be counted and learnt from (a rejection
 * without a reason tells the other side nothing). {@link #OTHER} needs a note saying what; {@link #WRONG_FIELD} and
 * {@link #DUPLICATE_LISTING} also keep the candidate out of that record's lists from then on.
 */
public enum RejectReason {
  TOO_EARLY_STAGE("too_early_stage", "技术成熟度不足", "the technology is at too early a stage"),
  BENEFIT_UNCLEAR("benefit_unclear", "相对现有技术优势不明", "the benefit over existing technology is unclear"),
  WRONG_FIELD("wrong_field", "领域不符", "wrong field"),
  DESCRIPTION_UNCLEAR("description_unclear", "描述不清", "the description is unclear"),
  PRICE_OR_TERMS("price_or_terms", "价格或条款", "price or terms"),
  ALREADY_KNOWN("already_known", "企业已知悉", "already known to the enterprise"),
  DUPLICATE_LISTING("duplicate_listing", "重复挂牌", "the same item listed again"),
  OTHER("other", "其他", "other (the note says what)");

  private final String code;
  private final String label;
  private final String english;

  RejectReason(String code, String label, String english) {
    this.code = code;
    this.label = label;
    this.english = english;
  }

  public String code() {
    return code;
  }

  /** The Chinese label shown to brokers. */
  public String label() {
    return label;
  }

  public String english() {
    return english;
  }

  public boolean needsNote() {
    return this == OTHER;
  }

  /** Whether a rejection for this reason keeps the candidate out of the record's ranked lists from then on. */
  public boolean hidesCandidate() {
    return this == WRONG_FIELD || this == DUPLICATE_LISTING;
  }

  /** By code ({@code wrong_field}) or Chinese label ({@code 领域不符}). */
  public static Optional<RejectReason> lookup(String value) {
    String v = value.strip();
    return Arrays.stream(values()).filter(r -> r.code.equals(v) || r.label.equals(v)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(RejectReason::code).toList());
  }
}
