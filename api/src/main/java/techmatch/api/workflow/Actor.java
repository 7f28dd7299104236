package techmatch.api.workflow;

import techmatch.api.auth.Caller;

/** Who did something: the key's id, its role and organisation (for a broker, the broker). */
public record Actor(String keyId, String role, String organisation) {

  public static Actor of(Caller c) {
    return new Actor(c.keyId(), c.role().code(), c.organisation());
  }
}
