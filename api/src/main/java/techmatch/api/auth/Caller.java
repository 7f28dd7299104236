package techmatch.api.auth;

/**
 * Who sent a request: the key's id, its role and the organisation it acts for ({@code owner.id} of the records it
 * owns). The admin key from the environment or {@code admin.key} has id {@code admin} and no organisation.
 */
public record Caller(String keyId, Role role, String organisation, String name) {

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
