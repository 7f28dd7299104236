package techmatch.core.record;

/** Where a record came from: a platform or data set name, and the page it was published on when known. */
public record Source(String name, String url) {}
