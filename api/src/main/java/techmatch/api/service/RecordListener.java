package techmatch.api.service;

import java.util.List;
import techmatch.api.auth.Caller;
import techmatch.core.record.Listing;

/**
 * Told about records after they are stored (durably), e.g. to assign new ones to brokers by rule. Called on the
 * writing request's worker thread; an implementation handles its own failures (the record is stored either way).
 */
public interface RecordListener {

  RecordListener NONE = new RecordListener() {
    @Override
    public void created(Caller caller, RecordKind kind, List<Listing> listings) {}

    @Override
    public void replaced(Caller caller, RecordKind kind, Listing listing) {}
  };

  /** New records: by POST, or the created lines of a bulk import. */
  void created(Caller caller, RecordKind kind, List<Listing> listings);

  void replaced(Caller caller, RecordKind kind, Listing listing);
}
