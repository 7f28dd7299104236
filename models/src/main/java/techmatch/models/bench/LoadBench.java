package techmatch.models.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import techmatch.models.EmbedderConfig;
import techmatch.models.Embedders;
import techmatch.models.LoadTimes;
import techmatch.models.ModelVariant;
import techmatch.models.OnnxEmbedder;

/**
 * Time of {@link Embedders#open} in a fresh JVM, split into its steps: warm (files already extracted; the median of
 * several runs) and cold (an empty cache folder, which is deleted afterwards). Every run is its own child process, so
 * the native libraries load each time as in a real start.
 *
 * <pre>java -cp ... techmatch.models.bench.LoadBench CACHE_DIR [--runs 5]</pre>
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(ModelVariant.parse(args[1]), Paths.get(args[2]));
            return;
        }
        Args a = new Args(args);
        Path cache = Paths.get(a.positional(0, "CACHE_DIR")).toAbsolutePath();
        int runs = Integer.parseInt(a.option("runs", "5"));
        System.out.println("| variant | start | total ms | native runtime | files (extract or verify) | tokenizer "
                + "| session | warm-up |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (ModelVariant v : ModelVariant.values()) {
            Path cold = cache.resolve("loadbench-cold-" + System.nanoTime());
            try {
                System.out.println(row(v, "cold", runChild(v, cold)));
            } finally {
                deleteTree(cold);
            }
            runChild(v, cache); // make sure the warm folder is extracted
            List<double[]> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                warm.add(runChild(v, cache));
            }
            warm.sort(Comparator.comparingDouble(x -> x[0]));
            System.out.println(row(v, "warm (median of " + runs + ")", warm.get(runs / 2)));
        }
    }

    private static String row(ModelVariant v, String start, double[] ms) {
        return String.format("| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |", v.label(), start, ms[0], ms[1],
                ms[2], ms[3], ms[4], ms[5]);
    }

    private static void child(ModelVariant v, Path cache) throws IOException {
        try (OnnxEmbedder e = Embedders.open(EmbedderConfig.builder(cache).variant(v).build())) {
            LoadTimes t = e.loadTimes();
            System.out.printf("LOAD %d %d %d %d %d %d%n", t.totalNanos(), t.runtimeNanos(), t.filesNanos(),
                    t.tokenizerNanos(), t.sessionNanos(), t.warmupNanos());
        }
    }

    private static double[] runChild(ModelVariant v, Path cache) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), LoadBench.class.getName(), "--child", v.label(),
                cache.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("child failed:\n" + out);
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("LOAD ")) {
                String[] f = line.substring(5).trim().split(" ");
                double[] ms = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    ms[i] = Long.parseLong(f[i]) / 1e6;
                }
                return ms;
            }
        }
        throw new IOException("child printed no timings:\n" + out);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
