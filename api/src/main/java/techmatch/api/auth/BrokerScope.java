package techmatch.api.auth;

import java.util.Optional;
import java.util.Set;
import techmatch.api.service.RecordKind;

/** What the assignments say about brokers, as {@link AccessPolicy} needs it. */
public interface BrokerScope {

  /** No assignments at all: brokers see public records only. */
  BrokerScope NONE = new BrokerScope() {
    @Override
    public Set<String> servedOwners(String broker) {
      return Set.of();
    }

    @Override
    public Optional<String> brokerOf(RecordKind kind, String recordId) {
      return Optional.empty();
    }
  };

  /** The organisations owning a record assigned to {@code broker} (the broker is the organisation of its key). */
  Set<String> servedOwners(String broker);

  /** The broker the record is assigned to. */
  Optional<String> brokerOf(RecordKind kind, String recordId);
}
