package techmatch.api.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API key may do; see {@link AccessPolicy} for the rules. */
public enum Role {
  /** Submits demands and reads the achievements recommended for them. */
  ENTERPRISE,
  /** Pushes achievements and reads the demands they match. */
  UNIVERSITY,
  /** A technology broker: reviews matches of what is assigned to them (public records until assignments exist). */
  BROKER,
  /** Everything, including key management and metrics. */
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> byCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Role::code).toList());
  }
}
