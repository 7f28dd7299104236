package techmatch.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Child process of {@link NoStrayWritesTest}: opens the int8 embedder on a fresh folder, embeds, and prints the
 * native libraries the process has mapped (from /proc/self/maps).
 */
public final class EmbedOnceMain {

    private EmbedOnceMain() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Paths.get(args[0]);
        try (OnnxEmbedder e = Embedders.open(EmbedderConfig.builder(cache).variant(ModelVariant.INT8).build())) {
            List<float[]> v = e.embedAll(List.of("一种新型节能材料", "企业寻求污水处理技术"));
            if (v.size() != 2 || v.get(0).length != 512) {
                throw new AssertionError("unexpected vectors");
            }
        }
        for (String line : Files.readAllLines(Paths.get("/proc/self/maps"))) {
            int slash = line.indexOf('/');
            if (slash >= 0 && (line.contains("onnxruntime") || line.contains("tokenizers"))) {
                System.out.println("MAPPED " + line.substring(slash));
            }
        }
        System.out.println("OK");
    }
}
