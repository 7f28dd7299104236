package techmatch.nlp.bench;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import techmatch.nlp.ChineseSegmenter;
import techmatch.nlp.TechAnalyzers;
import techmatch.nlp.build.JsonlReader;

/**
 * Single-thread analysis throughput on real text, printed as a table.
 *
 * <pre>
 * java -cp "$(cat nlp/target/classpath.txt):nlp/target/classes" techmatch.nlp.bench.AnalysisBench [DATASETS_DIR] [ROUNDS]
 * </pre>
 * Chinese: 51jishu achievements (name + context) and ChinaXiv abstracts; traditional: the same converted with
 * HanLP; English: techtransfer-en MIT descriptions (first 500 lines). Each row: one warm-up round, then the best
 * of ROUNDS (default 3).
 */
public final class AnalysisBench {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "datasets");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> zh = new ArrayList<>();
        JsonlReader.forEach(data.resolve("51jishu/achievements.jsonl"),
                r -> zh.add(JsonlReader.text(r, "name") + "\n" + JsonlReader.text(r, "context")));
        JsonlReader.forEach(data.resolve("chinaxiv/abstracts.jsonl"),
                r -> zh.add(JsonlReader.text(r, "title") + "\n" + JsonlReader.text(r, "abstract")));
        List<String> traditional = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            traditional.add(HanLP.convertToTraditionalChinese(zh.get(i)));
        }
        List<String> en = new ArrayList<>();
        List<String> lines = Files.readAllLines(data.resolve("techtransfer-en/mit_2024_11_26.csv"), StandardCharsets.UTF_8);
        for (String l : lines.subList(1, Math.min(lines.size(), 501))) {
            en.add(l);
        }

        TechAnalyzers nlp = TechAnalyzers.shipped();
        ChineseSegmenter segmenter = nlp.chinese().segmenter();
        System.out.printf(Locale.ROOT, "%-46s %10s %10s %14s %16s%n", "step (one thread)", "texts", "M chars", "chars/s",
                "chars/CPU-s");
        row("normalise (zh)", zh, rounds, t -> nlp.normalizer().normalize(t).length());
        row("normalise (traditional zh → simplified)", traditional, rounds, t -> nlp.normalizer().normalize(t).length());
        row("normalise + segment (zh, HanLP + dictionary)", zh, rounds, t -> segmenter.segment(nlp.normalizer().normalize(t)).size());
        row("full Chinese analyzer (Lucene token stream)", zh, rounds, t -> consume(nlp.chinese(), t));
        row("routing analyzer (detect + Chinese)", zh, rounds, t -> consume(nlp.routing(), t));
        row("keywords (top 10)", zh.subList(0, 3000), rounds, t -> nlp.keywords().extract(t, 10).size());
        row("English analyzer (CoreNLP tokenize/ssplit/pos/lemma)", en, rounds, t -> consume(nlp.english(), t));
        nlp.close();
    }

    private static void row(String name, List<String> texts, int rounds, ToLongFunction<String> work) {
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        long sink = 0;
        for (String t : texts) {
            sink += work.applyAsLong(t);
        }
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            for (String t : texts) {
                sink += work.applyAsLong(t);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        // CPU time of this thread is less distorted than wall time when other processes share the cores.
        System.out.printf(Locale.ROOT, "%-46s %10d %10.2f %14.0f %16.0f%s%n", name, texts.size(), chars / 1e6,
                chars / best, chars / bestCpu, sink == 42 ? " " : "");
    }

    private static long consume(Analyzer analyzer, String text) {
        long n = 0;
        try (Reader r = new StringReader(text); TokenStream ts = analyzer.tokenStream("f", r)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += term.length();
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return n;
    }
}
