package techmatch.core.record;

/** The organisation a record belongs to; {@code id} is what access rules compare. */
public record Owner(String id, String name, OrganisationType type) {}
