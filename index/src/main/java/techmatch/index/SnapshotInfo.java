package techmatch.index;

import java.nio.file.Path;

/** A consistent copy of one commit, openable as an index of its own. */
public record SnapshotInfo(Path directory, long generation, int files, long bytes) {}
