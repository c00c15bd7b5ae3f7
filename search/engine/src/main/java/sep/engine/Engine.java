package sep.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Single-node OpenSearch for development and CI.
 *
 * <p>Starts an embedded {@link Node} with the modules a packaged distribution
 * would load from its modules/ folder given directly as classpath plugins:
 * Netty4 (HTTP and transport) and the common analysis module (language
 * analysers, stemmers, stop words, elision, asciifolding, (edge_)ngram, ...).
 *
 * <p>Configuration (environment variables, all optional):
 * <ul>
 *   <li>{@code SEARCH_ENGINE_PORT} - HTTP port on 127.0.0.1 (default 9200)</li>
 *   <li>{@code SEARCH_ENGINE_LOG_LEVEL} - root log level (default info)</li>
 *   <li>{@code SEARCH_ENGINE_KEEP_DATA} - 1 to keep the data of the previous run</li>
 *   <li>{@code SEARCH_ENGINE_DATA} - throw-away directory for data and logs
 *       (default {@code target/data}; the first program argument wins over
 *       the variable). It is wiped at every start.</li>
 * </ul>
 */
public final class Engine {

    static final String CLUSTER_NAME = "sep-dev";
    static final String NODE_NAME = "sep-dev-node";
    /** Written into the data directory; a non-empty directory without it is never wiped. */
    static final String MARKER = ".search-engine-data";

    private Engine() {
    }

    /** {@link Node}'s constructor that takes plugin classes is protected. */
    static final class EmbeddedNode extends Node {
        EmbeddedNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> NODE_NAME),
                  plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        String dataArg = args.length > 0 ? args[0] : System.getenv("SEARCH_ENGINE_DATA");
        Path home = Path.of(dataArg == null || dataArg.isBlank() ? "target/data" : dataArg)
            .toAbsolutePath().normalize();
        int port = Integer.parseInt(envOr("SEARCH_ENGINE_PORT", "9200"));

        // SEARCH_ENGINE_KEEP_DATA=1 restarts on the same data (a test stops and restarts an engine).
        if (!"1".equals(System.getenv("SEARCH_ENGINE_KEEP_DATA"))) {
            wipe(home);
        }
        Files.createDirectories(home);
        Files.writeString(home.resolve(MARKER), "throw-away search engine data; wiped at every start\n");
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));

        Settings settings = Settings.builder()
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", NODE_NAME)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            // loopback only
            .put("network.host", "127.0.0.1")
            .put("http.host", "127.0.0.1")
            .put("http.port", Integer.toString(port))
            .put("transport.host", "127.0.0.1")
            .put("discovery.type", "single-node")
            // no root-level tweaks needed: no vm.max_map_count, no memory lock
            .put("node.store.allow_mmap", false)
            .put("bootstrap.memory_lock", false)
            // a nearly full disk must not turn indices read-only in CI
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true)
            .build();

        // Logging goes to the console through log4j2.properties on the class path;
        // its pattern uses OpenSearch's %node_name converter, which needs the name.
        LogConfigurator.setNodeName(NODE_NAME);

        List<Class<? extends Plugin>> plugins = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);
        Node node = new EmbeddedNode(settings, plugins);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (IOException | RuntimeException e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "engine-shutdown"));

        try {
            node.start();
            // One node has nowhere to put replicas: make new indices default to none,
            // so they (and the cluster) are green. This setting is only read from the
            // cluster state, not from the node settings above.
            node.client().admin().cluster().prepareUpdateSettings()
                .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
                .get();
        } catch (Exception e) {
            // e.g. the port is taken: the node's non-daemon threads would keep the JVM alive.
            System.err.println("engine: failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("engine: " + CLUSTER_NAME + " listening on http://127.0.0.1:" + port
            + " (data in " + home + ")");
        System.out.flush();
        stopped.await();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir) || !Files.exists(dir.resolve(MARKER))) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("refusing to wipe " + dir + ": not empty and not made by this engine (no "
                        + MARKER + ")");
                }
            }
        }
        Path marker = dir.resolve(MARKER);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (d.equals(dir)) {
                    // the marker goes last, so an interrupted wipe can be redone
                    Files.deleteIfExists(marker);
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
