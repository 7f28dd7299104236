package techmatch.api.cli;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import techmatch.api.runtime.Components;
import techmatch.api.runtime.ModelOptions;
import techmatch.core.match.Direction;
import techmatch.core.match.FusionMethod;
import techmatch.index.TextQuery;
import techmatch.core.match.MatchEngine;
import techmatch.core.match.MatchSettings;
import techmatch.core.match.RerankModel;
import techmatch.core.service.MatcherHome;
import techmatch.datasets.BundledDatasets;
import techmatch.datasets.eval.EvalCorpus;
import techmatch.datasets.eval.EvalReport;
import techmatch.datasets.eval.EvalSet;
import techmatch.datasets.eval.Evaluator;
import techmatch.datasets.eval.Metrics;
import techmatch.datasets.eval.RerankTrainer;
import techmatch.datasets.eval.Run;
import techmatch.index.VectorFormat;
import techmatch.models.LongTextPolicy;

/**
 * {@code ./techmatch eval}: indexes the evaluation corpora, runs both development sets through every ranking stage,
 * writes each run as TSV and prints the measures, each paired against dense retrieval.
 */
final class EvalCommand implements Command {

  @Override
  public String name() {
    return "eval";
  }

  @Override
  public String summary() {
    return "measure ranking quality on the development judgments (datasets/eval)";
  }

  @Override
  public String usage() {
    return """
        usage: ./techmatch eval [--data DIR] [--set dev|reverse-dev|both] [--out DIR] [--model int8|fp32]
                                [--max-length N] [--long-text truncate|mean-of-passages] [--train [--write-model]]

        Indexes the evaluation corpora (15,488 achievements, 2,323 demands) once under DIR/eval-index, runs the 100
        queries of datasets/eval/dev (demand → achievements) and datasets/eval/reverse-dev (achievement → demands) for
        BM25 only, dense only, RRF, min-max and z-score fusion and the full reranked pipeline, prints nDCG@10,
        nDCG'@10, judged@10, R@50, MRR@10 and P@10 with the paired difference to dense retrieval, and writes every run
        to OUT/<set>/<run>.tsv for datasets/eval/score.py.

          --data DIR        data folder (default ./data)
          --set SET         dev, reverse-dev or both (default both)
          --out DIR         where run files go (default DIR/eval-runs)
          --model M         fp32 (default, as the service runs) or int8
          --max-length N    tokens per passage, 16 to 512 (default 256, as the service runs)
          --long-text P     truncate (default) or mean-of-passages
          --runs LIST       which runs, comma separated (default: all of bm25,dense,rrf,minmax,zscore,full,full-folded)
          --keyword-weight W  keyword share of min-max and z-score fusion, 0 to 1
          --rrf-weight W      keyword share of RRF, 0 to 1
          --title-weight W    BM25 weight of the title fields (body fields weigh 1)
          --term-weighting T  raw, log or binary: how repeated query words count in BM25
          --depth N           candidates taken from each list (default 100)
          --train           also learn the rerank weights by coordinate ascent: prints the 5-fold cross-validated
                            figure (run full-cv) and the weights learned on all queries
          --dump-features D with --train: write every candidate's features to D/<set>.features.tsv
          --write-model     with --train: write those weights into the matcher's resources (techmatch.root must point
                            at the repository, as ./techmatch sets it)
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("data", "set", "out", "model", "max-length", "long-text", "runs",
        "keyword-weight", "rrf-weight", "title-weight", "term-weighting", "depth", "dump-features"),
        Set.of("train", "write-model"));
    Path data = Path.of(args.option("data", "data"));
    String which = args.option("set", "both");
    if (!Set.of("dev", "reverse-dev", "both").contains(which)) {
      throw new UsageException("--set must be dev, reverse-dev or both");
    }
    ModelOptions model = ModelArgs.read(args, LongTextPolicy.parse(args.option("long-text", "truncate")));
    boolean train = args.flag("train");
    if (args.flag("write-model") && !train) {
      throw new UsageException("--write-model needs --train");
    }
    Path outDir = Path.of(args.option("out", data.resolve("eval-runs").toString()));
    BundledDatasets bundled = BundledDatasets.locate();
    List<EvalSet> sets = new ArrayList<>();
    for (EvalSet s : EvalSet.both(bundled.root().resolve("eval"))) {
      if (which.equals("both") || which.equals(s.name())) {
        sets.add(s);
      }
    }
    // Judged listings date from 2016-2021; the corpus is fixed, so "today" only matters for expiry, which eval turns off.
    Clock clock = Clock.systemUTC();
    MatchSettings settings = settings(args);
    List<Evaluator.Config> configs = configs(args);
    Evaluator evaluator = new Evaluator(err);
    try (Components c = Components.open(data, model);
        MatcherHome home = EvalCorpus.open(data.resolve("eval-index").resolve(model.slug()), bundled, c.analysis(),
            c.embedder(), VectorFormat.defaults(), settings, clock, err)) {
      for (EvalSet set : sets) {
        EvalReport report = new EvalReport();
        for (Evaluator.Config config : configs) {
          Run run = evaluator.run(set, home.engine(), config);
          run.write(outDir.resolve(set.name()).resolve(config.name() + ".tsv"));
          report.add(config.name(), Metrics.score(set.judgments(), run));
        }
        if (train) {
          RerankTrainer trainer = new RerankTrainer(techmatch.core.match.RerankFeatures.names(), 4, 30, 7L);
          List<RerankTrainer.TrainingQuery> training = evaluator.training(set, home.engine());
          if (args.option("dump-features").isPresent()) {
            Path dump = Path.of(args.option("dump-features", "")).resolve(set.name() + ".features.tsv");
            dumpFeatures(training, dump);
            out.println("features: " + dump);
          }
          Run cv = evaluator.crossValidated(set, training, trainer, 5,
              m -> home.engine(c.analysis(), c.embedder(), settings, models(set.direction(), m), clock));
          cv.write(outDir.resolve(set.name()).resolve("full-cv.tsv"));
          report.add("full-cv", Metrics.score(set.judgments(), cv));
          RerankModel learned = trainer.fit(training, "learned by ./techmatch eval --train on " + set.name() + " ("
              + model.slug() + ", " + set.queries().size() + " queries) on " + LocalDate.now(clock));
          out.println(set.name() + ": weights learned on all queries: " + learned.weights());
          if (args.flag("write-model")) {
            writeModel(set.direction(), learned, out);
          }
        }
        report.print(set.name() + " (" + set.direction().code() + ", " + set.queries().size() + " queries, model "
            + model.slug() + ")", "dense", out);
        out.println("runs: " + outDir.resolve(set.name()));
      }
    }
    return 0;
  }

  /** One line per candidate: qid, docid, grade (-1 unjudged), then every feature; for trying learners offline. */
  private static void dumpFeatures(List<RerankTrainer.TrainingQuery> training, Path file) throws java.io.IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<String> names = techmatch.core.match.RerankFeatures.names();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("qid\tdocid\tgrade\t" + String.join("\t", names) + "\n");
      for (RerankTrainer.TrainingQuery q : training) {
        for (techmatch.core.match.MatchResult r : q.candidates()) {
          StringBuilder line = new StringBuilder(q.qid()).append('\t').append(r.id()).append('\t')
              .append(q.judged().getOrDefault(r.id(), -1));
          for (String n : names) {
            line.append('\t').append(String.format(java.util.Locale.ROOT, "%.6f",
                r.breakdown().features().getOrDefault(n, 0.0)));
          }
          w.write(line.append('\n').toString());
        }
      }
    }
  }

  /** Query-time settings can be varied without re-indexing, which is what tuning them needs. */
  private static MatchSettings settings(Args args) {
    MatchSettings s = MatchSettings.defaults();
    if (args.option("keyword-weight").isPresent()) {
      double w = weight(args, "keyword-weight");
      s = s.withKeywordWeight(FusionMethod.MINMAX, w).withKeywordWeight(FusionMethod.ZSCORE, w);
    }
    if (args.option("rrf-weight").isPresent()) {
      s = s.withKeywordWeight(FusionMethod.RRF, weight(args, "rrf-weight"));
    }
    if (args.option("title-weight").isPresent()) {
      float t = (float) Double.parseDouble(args.option("title-weight", "1"));
      Map<String, Float> fields = new java.util.HashMap<>(s.fieldWeights());
      fields.put("title", t);
      fields.put("title_en", t);
      s = s.withFieldWeights(fields);
    }
    if (args.option("term-weighting").isPresent()) {
      s = s.withTermWeighting(TextQuery.TermWeighting.valueOf(args.option("term-weighting", "").toUpperCase()));
    }
    if (args.option("depth").isPresent()) {
      s = s.withDepth(args.intOption("depth", 100, 10, 1000));
    }
    return s;
  }

  private static double weight(Args args, String name) {
    double w = Double.parseDouble(args.option(name, "0"));
    if (w < 0 || w > 1) {
      throw new UsageException("--" + name + " must be between 0 and 1");
    }
    return w;
  }

  private static List<Evaluator.Config> configs(Args args) {
    List<String> wanted = List.of(args.option("runs", "bm25,dense,rrf,minmax,zscore,full,full-folded").split(","));
    List<Evaluator.Config> out = new ArrayList<>();
    for (Evaluator.Config c : Evaluator.STANDARD) {
      if (wanted.contains(c.name())) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      throw new UsageException("--runs names none of bm25, dense, rrf, minmax, zscore, full");
    }
    return out;
  }

  private static Map<Direction, RerankModel> models(Direction d, RerankModel m) {
    Map<Direction, RerankModel> models = new EnumMap<>(Direction.class);
    for (Direction other : Direction.values()) {
      models.put(other, other == d ? m : RerankModel.shipped(other));
    }
    return models;
  }

  private static void writeModel(Direction d, RerankModel model, PrintStream out) throws Exception {
    String root = System.getProperty("techmatch.root");
    if (root == null) {
      throw new UsageException("--write-model needs -Dtechmatch.root (run through ./techmatch)");
    }
    Path file = Path.of(root, "matcher-core/src/main/resources/techmatch/core/rerank", d.code() + ".properties");
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(w);
    }
    out.println("wrote " + file);
  }
}
