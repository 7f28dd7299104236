package techmatch.api.workflow;

import java.util.Arrays;
import java.util.Optional;

/** A broker's decision on one candidate. */
public enum Verdict {
  ACCEPT("accept", "接受"),
  REJECT("reject", "拒绝");

  private final String code;
  private final String label;

  Verdict(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Verdict> lookup(String value) {
    String v = value.strip();
    return Arrays.stream(values()).filter(d -> d.code.equals(v) || d.label.equals(v)).findFirst();
  }
}
