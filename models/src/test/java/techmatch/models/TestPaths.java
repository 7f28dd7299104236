package techmatch.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Folders the tests use; all under target/ (surefire runs in the module folder). */
final class TestPaths {

    /** Same folder as the surefire configuration's user.home, DJL_CACHE_DIR and tmpdir parent. */
    static final Path HOME = Paths.get("target", "test-home").toAbsolutePath();
    static final Path DATASETS = Paths.get("..", "datasets").toAbsolutePath().normalize();

    private TestPaths() {
    }

    static EmbedderConfig.Builder config(ModelVariant variant) {
        return EmbedderConfig.builder(HOME.resolve("cache")).runtimeDir(HOME).variant(variant);
    }

    /** A fresh, empty folder under target/test-scratch. */
    static Path scratch(String name) throws IOException {
        Path dir = Paths.get("target", "test-scratch").toAbsolutePath().resolve(name + "-" + System.nanoTime());
        Files.createDirectories(dir);
        return dir;
    }
}
