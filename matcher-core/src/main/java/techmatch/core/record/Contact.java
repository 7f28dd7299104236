package techmatch.core.record;

/** Whom to talk to about a record. Shown according to the record's contact visibility. */
public record Contact(String person, String phone, String email) {}
