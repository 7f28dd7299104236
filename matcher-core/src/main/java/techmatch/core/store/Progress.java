package techmatch.core.store;

/** Told how far a long job has come, so that a person watching sees progress and an ETA. */
@FunctionalInterface
public interface Progress {

  Progress NONE = (done, total) -> { };

  void update(long done, long total);
}
