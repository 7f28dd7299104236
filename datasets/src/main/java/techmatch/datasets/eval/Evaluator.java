package techmatch.datasets.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import techmatch.core.match.Direction;
import techmatch.core.match.FusionMethod;
import techmatch.core.match.MatchEngine;
import techmatch.core.match.MatchFilters;
import techmatch.core.match.MatchPage;
import techmatch.core.match.MatchQuery;
import techmatch.core.match.MatchResult;
import techmatch.core.match.RankingStage;
import techmatch.core.match.RerankModel;
import techmatch.core.match.Subject;
import techmatch.datasets.ConsoleProgress;

/**
 * Runs an evaluation set's queries through the engine as the service would (each query is the stored listing it names,
 * so nothing here is visible to ranking but the listing itself) and collects the ranked lists.
 */
public final class Evaluator {

  /**
   * A ranking configuration to measure.
   *
   * @param listDuplicates write each folded duplicate right after the result it was folded into, as the service shows
   *                       it ("also listed as …" on the same card); false writes the representatives only
   */
  public record Config(String name, RankingStage stage, FusionMethod fusion, boolean listDuplicates) {

    public Config(String name, RankingStage stage, FusionMethod fusion) {
      this(name, stage, fusion, true);
    }
  }

  public static final List<Config> STANDARD = List.of(
      new Config("bm25", RankingStage.BM25, null),
      new Config("dense", RankingStage.DENSE, null),
      new Config("rrf", RankingStage.FUSION, FusionMethod.RRF),
      new Config("minmax", RankingStage.FUSION, FusionMethod.MINMAX),
      new Config("zscore", RankingStage.FUSION, FusionMethod.ZSCORE),
      new Config("full", RankingStage.RERANKED, null),
      new Config("full-folded", RankingStage.RERANKED, null, false));

  /** How deep each run goes: enough for R@50 and for score.py. */
  public static final int RUN_DEPTH = 100;

  private final PrintStream log;

  public Evaluator(PrintStream log) {
    this.log = log;
  }

  private static MatchQuery query(EvalSet set, String qid, Config c, int k) {
    // The corpus is fixed: a demand whose validity window has since ended is still part of it.
    MatchFilters filters = MatchFilters.NONE.withIncludeExpired(true);
    return new MatchQuery(set.direction(), new Subject.Stored(qid), filters, k, 0, c.fusion(), c.stage(), Set.of(),
        null, false);
  }

  public Run run(EvalSet set, MatchEngine engine, Config c) throws IOException {
    Map<String, List<Run.Ranked>> byQuery = new LinkedHashMap<>();
    ConsoleProgress progress = new ConsoleProgress(set.name() + " " + c.name(), log);
    int done = 0;
    for (EvalQuery q : set.queries()) {
      byQuery.put(q.id(), ranked(engine.match(query(set, q.id(), c, RUN_DEPTH)), c.listDuplicates()));
      progress.update(++done, set.queries().size());
    }
    return new Run(set.name() + "-" + c.name(), byQuery);
  }

  private static List<Run.Ranked> ranked(MatchPage page, boolean listDuplicates) {
    List<Run.Ranked> ranked = new ArrayList<>();
    for (MatchResult r : page.results()) {
      ranked.add(new Run.Ranked(r.id(), r.score()));
      if (listDuplicates) {
        r.duplicates().forEach(d -> ranked.add(new Run.Ranked(d, r.score())));
      }
    }
    return ranked.size() > RUN_DEPTH ? ranked.subList(0, RUN_DEPTH) : ranked;
  }

  /** Every candidate of every query with its rerank features, for training. */
  public List<RerankTrainer.TrainingQuery> training(EvalSet set, MatchEngine engine) throws IOException {
    List<RerankTrainer.TrainingQuery> out = new ArrayList<>();
    Config full = new Config("candidates", RankingStage.RERANKED, null);
    ConsoleProgress progress = new ConsoleProgress(set.name() + " features", log);
    for (EvalQuery q : set.queries()) {
      out.add(new RerankTrainer.TrainingQuery(q.id(), engine.candidates(query(set, q.id(), full, RUN_DEPTH)),
          set.judgments().of(q.id())));
      progress.update(out.size(), set.queries().size());
    }
    return out;
  }

  /**
   * The full pipeline's run with each query ranked by a model that never saw its judgments: the queries are split
   * into {@code folds} fixed groups, and each group is ranked by a model trained on the others.
   *
   * @param engineFor builds an engine that reranks with the given model
   */
  public Run crossValidated(EvalSet set, List<RerankTrainer.TrainingQuery> training, RerankTrainer trainer, int folds,
      Function<RerankModel, MatchEngine> engineFor) throws IOException {
    List<String> qids = new ArrayList<>(set.queries().stream().map(EvalQuery::id).toList());
    Collections.shuffle(qids, new Random(20261201L));
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (int i = 0; i < qids.size(); i++) {
      foldOf.put(qids.get(i), i % folds);
    }
    Map<String, List<Run.Ranked>> byQuery = new LinkedHashMap<>();
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<RerankTrainer.TrainingQuery> train = training.stream().filter(t -> foldOf.get(t.qid()) != fold).toList();
      RerankModel model = trainer.fit(train, "fold " + fold);
      MatchEngine engine = engineFor.apply(model);
      for (EvalQuery q : set.queries()) {
        if (foldOf.get(q.id()) == fold) {
          MatchPage page = engine.match(query(set, q.id(), new Config("cv", RankingStage.RERANKED, null), RUN_DEPTH));
          byQuery.put(q.id(), ranked(page, true));
        }
      }
      log.printf("%s: fold %d/%d trained (%s)%n", set.name(), fold + 1, folds, model.weights());
    }
    Map<String, List<Run.Ranked>> ordered = new LinkedHashMap<>();
    set.queries().forEach(q -> ordered.put(q.id(), byQuery.get(q.id())));
    return new Run(set.name() + "-full-cv", ordered);
  }

  /** The engine's direction for a set, for callers building per-direction model maps. */
  public static Direction direction(EvalSet set) {
    return set.direction();
  }
}
