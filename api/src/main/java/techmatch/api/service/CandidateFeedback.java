package techmatch.api.service;

import java.util.Set;

/** What brokers have said about a record's candidates that ranking must respect: the ids never to show again. */
@FunctionalInterface
public interface CandidateFeedback {

  CandidateFeedback NONE = (kind, id) -> Set.of();

  /** The candidates not to list for the stored record {@code id} of kind {@code kind}. */
  Set<String> hidden(RecordKind kind, String id);
}
