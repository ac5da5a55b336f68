package org.kaifang.cli;

import org.kaifang.config.Build;
import picocli.CommandLine;

/** The application version, stamped into the jar at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        return Build.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"kaifang " + version()};
    }
}
