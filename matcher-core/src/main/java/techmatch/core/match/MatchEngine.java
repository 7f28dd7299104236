package techmatch.core.match;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import techmatch.core.record.Language;
import techmatch.core.record.Listing;
import techmatch.core.store.ListingCollection;
import techmatch.core.store.StoredListing;
import techmatch.core.text.TextAnalysis;
import techmatch.index.HybridIndex;
import techmatch.index.SearchFilter;
import techmatch.index.TextHit;
import techmatch.index.TextQuery;
import techmatch.index.TextSearch;
import techmatch.index.VectorHit;
import techmatch.models.Embedder;

/**
 * Ranks one side of the market for a listing or a text of the other side: keyword and vector candidates retrieved with
 * the filters inside the search, each completed with the score the other list would have given it, fused, reranked on
 * explainable features, near duplicates folded, and paged in a total order.
 */
public final class MatchEngine {

  private final ListingCollection achievements;
  private final ListingCollection demands;
  private final TextAnalysis analysis;
  private final Embedder embedder;
  private final MatchSettings settings;
  private final Map<Direction, RerankModel> models;
  private final Clock clock;

  public MatchEngine(ListingCollection achievements, ListingCollection demands, TextAnalysis analysis,
      Embedder embedder, MatchSettings settings, Map<Direction, RerankModel> models, Clock clock) {
    this.achievements = achievements;
    this.demands = demands;
    this.analysis = analysis;
    this.embedder = embedder;
    this.settings = settings;
    this.models = new EnumMap<>(Direction.class);
    this.models.putAll(models);
    this.clock = clock;
    for (Direction d : Direction.values()) {
      this.models.putIfAbsent(d, RerankModel.fusedOnly());
    }
  }

  public MatchSettings settings() {
    return settings;
  }

  private ListingCollection source(Direction d) {
    return d == Direction.DEMAND_TO_ACHIEVEMENTS ? demands : achievements;
  }

  private ListingCollection target(Direction d) {
    return d == Direction.DEMAND_TO_ACHIEVEMENTS ? achievements : demands;
  }

  /**
   * Ranks for {@code q}.
   *
   * @throws NoSuchElementException when the query names a stored record that does not exist
   */
  public MatchPage match(MatchQuery q) throws IOException {
    Ranking r = rank(q, q.stage() == RankingStage.RERANKED);
    List<Candidate> ranked = new ArrayList<>(r.groups().keySet());
    int from = Math.min(ranked.size(), q.page() * q.k());
    int to = Math.min(ranked.size(), from + q.k());
    List<Candidate> page = ranked.subList(from, to);
    load(r.target(), page);
    List<MatchResult> results = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Candidate c = page.get(i);
      Explanation explanation = q.explain() ? Explainer.explain(r.query(), c, r.target().index()) : null;
      results.add(new MatchResult(from + i + 1, c.id, c.score, c.stored, breakdown(c), explanation,
          r.groups().get(c)));
    }
    return new MatchPage(results, q.page(), q.k(), ranked.size(), to < ranked.size(), r.fusion(), q.stage());
  }

  /**
   * Every candidate of a reranked query with its features, in rank order and without folding duplicates: what a
   * rerank model is trained on. Stored listings are not attached.
   */
  public List<MatchResult> candidates(MatchQuery q) throws IOException {
    Ranking r = rank(q.withStage(RankingStage.RERANKED), false);
    List<MatchResult> out = new ArrayList<>();
    int rank = 1;
    for (Candidate c : r.groups().keySet()) {
      out.add(new MatchResult(rank++, c.id, c.score, null, breakdown(c), null, List.of()));
    }
    return out;
  }

  private record Ranking(QuerySide query, ListingCollection target, FusionMethod fusion,
      Map<Candidate, List<String>> groups) {}

  private Ranking rank(MatchQuery q, boolean fold) throws IOException {
    QuerySide query = resolve(q);
    ListingCollection target = target(q.direction());
    HybridIndex index = target.index();
    SearchFilter filter = FilterBuilder.build(q, LocalDate.now(clock));
    int depth = Math.min(settings.maxDepth(), Math.max(settings.depth(), (q.page() + 1) * q.k()));
    FusionMethod fusion = q.fusion() != null ? q.fusion() : settings.defaultFusion();
    RankingStage stage = q.stage();
    TextQuery textQuery = TextQuery.of(query.fullText(), fieldWeights(query.language()))
        .withTermWeighting(settings.termWeighting());
    boolean full = stage == RankingStage.FUSION || stage == RankingStage.RERANKED;

    List<VectorHit> vectorHits = stage == RankingStage.BM25 || query.vector() == null ? List.of()
        : index.searchVector(query.vector(), depth, filter);
    List<String> vectorIds = vectorHits.stream().map(VectorHit::id).toList();
    TextSearch text = stage == RankingStage.DENSE ? new TextSearch(List.of(), Map.of())
        : index.searchText(textQuery, filter, depth, full ? vectorIds : List.of());
    List<TextHit> textHits = text.hits();

    Map<String, Candidate> byId = new LinkedHashMap<>();
    for (int i = 0; i < textHits.size(); i++) {
      TextHit h = textHits.get(i);
      Candidate c = byId.computeIfAbsent(h.id(), Candidate::new);
      setText(c, h);
      c.bm25Rank = i + 1;
    }
    for (int i = 0; i < vectorHits.size(); i++) {
      VectorHit h = vectorHits.get(i);
      Candidate c = byId.computeIfAbsent(h.id(), Candidate::new);
      c.cosine = (double) h.cosine();
      c.denseRank = i + 1;
      if (c.bm25 == null && full) {
        TextHit scored = text.scored().get(h.id());
        if (scored != null) {
          setText(c, scored);
        } else {
          c.bm25 = 0.0;
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>(byId.values());
    if (full) {
      loadVectors(index, query, candidates);
    }
    List<Double> bm25List = Fusion.scores(textHits, h -> h.score());
    List<Double> cosineList = Fusion.scores(vectorHits, h -> h.cosine());
    for (Candidate c : candidates) {
      c.bm25VirtualRank = c.bm25Rank != null ? c.bm25Rank
          : c.bm25 == null ? depth + 1 : Fusion.virtualRank(bm25List, c.bm25);
      c.denseVirtualRank = c.denseRank != null ? c.denseRank
          : c.cosine == null ? depth + 1 : Fusion.virtualRank(cosineList, c.cosine);
    }
    Fusion.fuse(candidates, fusion, settings.keywordWeights().get(fusion), bm25List, cosineList);

    switch (stage) {
      case BM25 -> candidates.forEach(c -> c.score = c.bm25 == null ? 0 : c.bm25);
      case DENSE -> candidates.forEach(c -> c.score = c.cosine == null ? 0 : c.cosine);
      case FUSION -> candidates.forEach(c -> c.score = c.fused);
      case RERANKED -> {
        load(target, candidates);
        Features.compute(query, candidates, queryTitleScores(index, query, candidates));
        RerankModel model = models.get(q.direction());
        candidates.forEach(model::score);
      }
      default -> throw new IllegalStateException("unknown stage " + stage);
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.id));

    Map<Candidate, List<String>> groups;
    if (fold) {
      groups = new DuplicateGrouper(settings.duplicateCosine()).group(candidates);
    } else {
      groups = new LinkedHashMap<>();
      candidates.forEach(c -> groups.put(c, List.of()));
    }
    return new Ranking(query, target, fusion, groups);
  }

  /** BM25 of the candidates against the query's title alone; empty when the query has no separate title. */
  private Map<String, Double> queryTitleScores(HybridIndex index, QuerySide query, List<Candidate> candidates)
      throws IOException {
    Map<String, Double> out = new java.util.HashMap<>();
    if (query.title().isBlank() || query.text().isBlank()) {
      return out;
    }
    TextQuery titleQuery = TextQuery.of(query.title(), fieldWeights(query.language()))
        .withTermWeighting(settings.termWeighting());
    index.textScores(titleQuery, candidates.stream().map(c -> c.id).toList())
        .forEach((id, hit) -> out.put(id, (double) hit.score()));
    return out;
  }

  private static void setText(Candidate c, TextHit h) {
    c.bm25 = (double) h.score();
    c.bm25Title = field(h, "title") + field(h, "title_en");
    c.bm25Body = field(h, "body") + field(h, "body_en");
  }

  private static double field(TextHit h, String name) {
    Float v = h.fieldScores().get(name);
    return v == null ? 0 : v;
  }

  /** Loads every candidate's vector, and gives the candidates only BM25 found their cosine. */
  private static void loadVectors(HybridIndex index, QuerySide query, List<Candidate> candidates) throws IOException {
    Map<String, float[]> vectors = index.getVectors(candidates.stream().map(c -> c.id).toList());
    for (Candidate c : candidates) {
      c.vector = vectors.get(c.id);
      if (c.cosine == null && c.vector != null && query.vector() != null) {
        c.cosine = DuplicateGrouper.dot(query.vector(), c.vector);
      }
    }
  }

  /**
   * The text fields of the query's language: a Chinese query cannot match English postings (and analysing it with the
   * English lemmatiser is the most expensive thing a query could do), and the reverse.
   */
  private Map<String, Float> fieldWeights(Language language) {
    String title = techmatch.core.store.ListingFields.titleField(language);
    String body = techmatch.core.store.ListingFields.bodyField(language);
    Map<String, Float> weights = new LinkedHashMap<>();
    settings.fieldWeights().forEach((f, w) -> {
      if (f.equals(title) || f.equals(body)) {
        weights.put(f, w);
      }
    });
    return weights;
  }

  private static void load(ListingCollection target, Collection<Candidate> candidates) throws IOException {
    List<String> ids = candidates.stream().filter(c -> c.stored == null).map(c -> c.id).toList();
    Map<String, StoredListing> stored = target.getAll(ids);
    for (Candidate c : candidates) {
      if (c.stored == null) {
        c.stored = stored.get(c.id);
        if (c.stored == null) {
          throw new IllegalStateException("index hit " + c.id + " has no stored record");
        }
      }
    }
  }

  private static ScoreBreakdown breakdown(Candidate c) {
    return new ScoreBreakdown(c.bm25, c.bm25 == null ? null : c.bm25Title, c.bm25 == null ? null : c.bm25Body,
        c.bm25Rank, c.cosine, c.denseRank, c.fused, c.features, c.contributions, c.bias, c.score);
  }

  private QuerySide resolve(MatchQuery q) throws IOException {
    if (q.subject() instanceof Subject.Stored s) {
      ListingCollection source = source(q.direction());
      StoredListing stored = source.get(s.id()).orElseThrow(() -> new NoSuchElementException(
          (q.direction() == Direction.DEMAND_TO_ACHIEVEMENTS ? "demand " : "achievement ") + s.id() + " not found"));
      Listing l = stored.listing();
      float[] vector = source.vector(s.id()).orElse(null);
      return new QuerySide(l.title(), l.description(), l.language(), vector, stored.titleVector(), stored.keyTerms(),
          l);
    }
    Subject.Text t = (Subject.Text) q.subject();
    String title = t.title() == null ? "" : t.title().strip();
    String text = t.text() == null ? "" : t.text().strip();
    String full = title.isEmpty() ? text : text.isEmpty() ? title : title + "\n" + text;
    if (full.isBlank()) {
      throw new IllegalArgumentException("the query text is empty");
    }
    Language language = t.language() != null ? t.language() : analysis.detect(full);
    String embedded = ListingCollection.embeddingText(title, text);
    List<float[]> vectors = title.isEmpty() || text.isEmpty() ? List.of(embedder.embed(embedded))
        : embedder.embedAll(List.of(embedded, title));
    return new QuerySide(title, text, language, vectors.get(0), vectors.size() > 1 ? vectors.get(1) : null,
        analysis.keyTerms(full, language, ListingCollection.KEY_TERMS), null);
  }
}
