package org.kaifang.spark;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.spark.sql.SparkSession;

/**
 * Creates the SparkSession for large loads: a cluster master ({@code spark://host:port}) or
 * {@code local[*]} inside the job's JVM, as configured. A local driver, or one whose cluster
 * is on this machine, binds to the loopback address, so it never listens on the network.
 * On a cluster, executors get kaifang's classes from the application jar ({@code spark.jars}).
 */
public final class SparkSessions {

    private static final AtomicInteger CREATED = new AtomicInteger();

    private SparkSessions() {
    }

    public static SparkSession create(String master, String appName) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName(appName)
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4");
        if (master.startsWith("local") || master.startsWith("spark://127.") || master.startsWith("spark://localhost")) {
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        if (!master.startsWith("local")) {
            builder.config("spark.jars", applicationJar().toString())
                    .config("spark.executor.extraJavaOptions", moduleFlags());
        }
        CREATED.incrementAndGet();
        return builder.getOrCreate();
    }

    /** The driver's own module flags (--add-opens …, from the launcher), which executors need too. */
    static String moduleFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-modules")
                        || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions") || a.startsWith("-Dio.netty"))
                .collect(Collectors.joining(" "));
    }

    /** How many sessions this JVM has asked for: lets a test see that a run never started Spark. */
    public static int created() {
        return CREATED.get();
    }

    /** The jar holding kaifang's classes: the one running, or the one the build made beside them. */
    static Path applicationJar() {
        try {
            Path location = Path.of(SparkSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location;
            }
            Path built = location.resolveSibling("kaifang.jar");
            if (Files.isRegularFile(built)) {
                return built;
            }
            throw new IllegalStateException("no application jar for the Spark executors: build it with mvn package");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
