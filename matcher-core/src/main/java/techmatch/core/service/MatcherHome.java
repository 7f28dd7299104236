package techmatch.core.service;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import techmatch.core.json.RecordJson;
import techmatch.core.match.Direction;
import techmatch.core.match.MatchEngine;
import techmatch.core.match.MatchSettings;
import techmatch.core.match.RerankModel;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.RecordValidator;
import techmatch.core.store.ListingCollection;
import techmatch.core.store.ListingFields;
import techmatch.core.store.PayloadCodec;
import techmatch.core.text.TextAnalysis;
import techmatch.index.HybridIndex;
import techmatch.index.IndexSchema;
import techmatch.index.VectorFormat;
import techmatch.models.Embedder;

/**
 * The two collections of one data folder ({@code achievements/} and {@code demands/}) and the engine that matches
 * between them. Owns the collections; the analysis and the embedder are the caller's.
 */
public final class MatcherHome implements Closeable {

  private final ListingCollection achievements;
  private final ListingCollection demands;
  private final MatchEngine engine;
  private final RecordJson json;

  private MatcherHome(ListingCollection achievements, ListingCollection demands, MatchEngine engine, RecordJson json) {
    this.achievements = achievements;
    this.demands = demands;
    this.engine = engine;
    this.json = json;
  }

  /** Opens (or creates) the collections under {@code folder} with the shipped rerank models. */
  public static MatcherHome open(Path folder, TextAnalysis analysis, Embedder embedder, VectorFormat format,
      MatchSettings settings, Clock clock) throws IOException {
    Map<Direction, RerankModel> models = new EnumMap<>(Direction.class);
    for (Direction d : Direction.values()) {
      models.put(d, RerankModel.shipped(d));
    }
    return open(folder, analysis, embedder, format, settings, models, clock);
  }

  public static MatcherHome open(Path folder, TextAnalysis analysis, Embedder embedder, VectorFormat format,
      MatchSettings settings, Map<Direction, RerankModel> models, Clock clock) throws IOException {
    IndustryClassification table = IndustryClassification.standard();
    RecordJson json = new RecordJson(new RecordValidator(table));
    PayloadCodec payloads = new PayloadCodec(json);
    IndexSchema schema = ListingFields.schema(analysis, embedder.dimensions(), embedder.manifest().id(), format);
    HybridIndex achievementIndex = HybridIndex.open(folder.resolve("achievements"), schema);
    HybridIndex demandIndex;
    try {
      demandIndex = HybridIndex.open(folder.resolve("demands"), schema);
    } catch (IOException | RuntimeException e) {
      achievementIndex.close();
      throw e;
    }
    ListingCollection achievements = new ListingCollection(achievementIndex, payloads, analysis, embedder);
    ListingCollection demands = new ListingCollection(demandIndex, payloads, analysis, embedder);
    MatchEngine engine = new MatchEngine(achievements, demands, analysis, embedder, settings, models, clock);
    return new MatcherHome(achievements, demands, engine, json);
  }

  public ListingCollection achievements() {
    return achievements;
  }

  public ListingCollection demands() {
    return demands;
  }

  public MatchEngine engine() {
    return engine;
  }

  public RecordJson json() {
    return json;
  }

  /** A second engine over the same collections, e.g. with other settings or models for an evaluation run. */
  public MatchEngine engine(TextAnalysis analysis, Embedder embedder, MatchSettings settings,
      Map<Direction, RerankModel> models, Clock clock) {
    return new MatchEngine(achievements, demands, analysis, embedder, settings, models, clock);
  }

  @Override
  public void close() throws IOException {
    try {
      achievements.close();
    } finally {
      demands.close();
    }
  }
}
