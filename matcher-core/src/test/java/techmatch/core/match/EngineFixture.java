package techmatch.core.match;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import techmatch.core.json.RecordJson;
import techmatch.core.record.Achievement;
import techmatch.core.record.Demand;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.RecordValidator;
import techmatch.core.store.ListingCollection;
import techmatch.core.store.ListingFields;
import techmatch.core.store.PayloadCodec;
import techmatch.index.HybridIndex;
import techmatch.index.VectorFormat;

/** Two small collections in a temporary folder with a real index and stand-in analysis and embeddings. */
final class EngineFixture implements AutoCloseable {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T00:00:00Z"), ZoneOffset.UTC);

  final BigramAnalysis analysis = new BigramAnalysis();
  final BigramEmbedder embedder = new BigramEmbedder();
  final ListingCollection achievements;
  final ListingCollection demands;
  final MatchEngine engine;

  EngineFixture(Path dir, List<Achievement> as, List<Demand> ds) throws IOException {
    this(dir, as, ds, MatchSettings.defaults());
  }

  EngineFixture(Path dir, List<Achievement> as, List<Demand> ds, MatchSettings settings) throws IOException {
    RecordJson json = new RecordJson(new RecordValidator(IndustryClassification.standard()));
    PayloadCodec payloads = new PayloadCodec(json);
    var schema = ListingFields.schema(analysis, BigramEmbedder.DIMS, embedder.manifest().id(), VectorFormat.float32());
    achievements = new ListingCollection(HybridIndex.open(dir.resolve("achievements"), schema), payloads, analysis,
        embedder);
    demands = new ListingCollection(HybridIndex.open(dir.resolve("demands"), schema), payloads, analysis, embedder);
    achievements.upsertAll(as, techmatch.core.store.Progress.NONE);
    demands.upsertAll(ds, techmatch.core.store.Progress.NONE);
    engine = new MatchEngine(achievements, demands, analysis, embedder, settings, Map.of(), CLOCK);
  }

  @Override
  public void close() throws IOException {
    achievements.close();
    demands.close();
  }
}
