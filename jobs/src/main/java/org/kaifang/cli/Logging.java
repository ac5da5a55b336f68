package org.kaifang.cli;

import java.nio.file.Path;

import org.apache.logging.log4j.core.config.Configurator;

/** Points the log file at the warehouse in use, once the settings are known. */
final class Logging {

    private Logging() {
    }

    static void useWarehouse(Path warehouseDir) {
        System.setProperty("kaifang.log.dir", warehouseDir.resolve("logs").toAbsolutePath().toString());
        Configurator.reconfigure();
    }
}
