package techmatch.datasets;

import java.nio.file.Path;

/** One file of the data the service starts with. */
public record BundledSource(String name, SourceFormat format, Path file) {}
