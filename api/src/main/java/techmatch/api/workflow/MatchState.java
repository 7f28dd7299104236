package techmatch.api.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where an accepted candidate is on its way to a deal. The pipeline is a line, and a match may be closed from any
 * state that is not final:
 *
 * <pre>
 * recommended 推荐 → reviewed 审核 → introduced 对接 → negotiating 洽谈 → signed 签约
 *        ↘             ↘               ↘                 ↘
 *                              closed 终止 (with a reason)
 * </pre>
 *
 * Signed and closed are final: nothing moves out of them.
 */
public enum MatchState {
  RECOMMENDED("recommended", "推荐"),
  REVIEWED("reviewed", "审核"),
  INTRODUCED("introduced", "对接"),
  NEGOTIATING("negotiating", "洽谈"),
  SIGNED("signed", "签约"),
  CLOSED("closed", "终止");

  private final String code;
  private final String label;

  MatchState(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean isFinal() {
    return this == SIGNED || this == CLOSED;
  }

  /** The states a match in this state may move to. */
  public List<MatchState> next() {
    return switch (this) {
      case RECOMMENDED -> List.of(REVIEWED, CLOSED);
      case REVIEWED -> List.of(INTRODUCED, CLOSED);
      case INTRODUCED -> List.of(NEGOTIATING, CLOSED);
      case NEGOTIATING -> List.of(SIGNED, CLOSED);
      case SIGNED, CLOSED -> List.of();
    };
  }

  public boolean canMoveTo(MatchState to) {
    return next().contains(to);
  }

  /** {@code reviewed 审核}: how messages name a state. */
  public String named() {
    return code + " " + label;
  }

  /** By code ({@code signed}) or Chinese label ({@code 签约}). */
  public static Optional<MatchState> lookup(String value) {
    String v = value.strip();
    return Arrays.stream(values()).filter(s -> s.code.equals(v) || s.label.equals(v)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(MatchState::code).toList());
  }
}
