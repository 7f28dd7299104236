package techmatch.datasets.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import techmatch.core.match.Direction;

/** One direction's queries and judgments, as {@code datasets/eval/<name>/} holds them. */
public record EvalSet(String name, Direction direction, List<EvalQuery> queries, Judgments judgments) {

  public static EvalSet load(Path evalRoot, String name, Direction direction) throws IOException {
    Path dir = evalRoot.resolve(name);
    return new EvalSet(name, direction, EvalQuery.load(dir.resolve("queries.jsonl")),
        Judgments.load(dir.resolve("qrels.tsv")));
  }

  /** The demand → achievements set ({@code dev}) and the achievement → demands set ({@code reverse-dev}). */
  public static List<EvalSet> both(Path evalRoot) throws IOException {
    return List.of(load(evalRoot, "dev", Direction.DEMAND_TO_ACHIEVEMENTS),
        load(evalRoot, "reverse-dev", Direction.ACHIEVEMENT_TO_DEMANDS));
  }
}
