package org.kaifang.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and build of kaifang that is running, stamped into the jar at build time. */
public final class Build {

    private static final Properties STAMP = read();

    /**
     * Outside a Maven build (an IDE compiling the sources) the stamp is not filled in: the build
     * is then known only as this process, so nothing written by another is taken as its own.
     */
    private static final String UNSTAMPED = "unstamped " + ProcessHandle.current().pid() + " "
            + ProcessHandle.current().info().startInstant().map(Object::toString).orElse("");

    private Build() {
    }

    /** The application version, e.g. {@code 0.1.0-SNAPSHOT}; {@code development} when unstamped. */
    public static String version() {
        return STAMP.getProperty("version", "development");
    }

    /**
     * The version and the moment of the build: what tells files written by this build of the
     * code from files an earlier build wrote, whose layout may differ.
     */
    public static String identity() {
        String built = STAMP.getProperty("built", "");
        return built.isEmpty() || built.startsWith("${") ? UNSTAMPED : version() + " built " + built;
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("/org/kaifang/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
