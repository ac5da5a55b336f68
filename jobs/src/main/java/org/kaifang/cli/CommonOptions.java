package org.kaifang.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kaifang.config.Messages;
import org.kaifang.config.Settings;
import org.kaifang.config.SettingsLoader;
import org.kaifang.config.SettingsLoader.Overrides;
import picocli.CommandLine.Option;

/** Options every command spells the same way; they override config file and environment. */
public final class CommonOptions {

    @Option(names = "--warehouse", paramLabel = "DIR",
            description = "Warehouse folder (default: warehouse/; env KAIFANG_WAREHOUSE).")
    Path warehouse;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder with reference/ and sources/ (default: data/; env KAIFANG_DATA).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: kaifang.properties if present; env KAIFANG_CONFIG).")
    Path config;

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "Language of reports and messages (default: zh; env KAIFANG_LANG).")
    String lang;

    /** These options as given, to hand on to a command run in a process of its own. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>();
        if (warehouse != null) {
            args.addAll(List.of("--warehouse", warehouse.toAbsolutePath().toString()));
        }
        if (data != null) {
            args.addAll(List.of("--data", data.toAbsolutePath().toString()));
        }
        if (config != null) {
            args.addAll(List.of("--config", config.toAbsolutePath().toString()));
        }
        if (lang != null) {
            args.addAll(List.of("--lang", lang));
        }
        return args;
    }

    /** Settings from defaults, config file, environment and these options, in that order. */
    public Settings settings() {
        return settings(null, null);
    }

    /** The same, with the nightly job's own options. */
    public Settings settings(String sparkMaster, Double maxRejectShare) {
        Settings settings = load(sparkMaster, maxRejectShare);
        Logging.useWarehouse(settings.warehouseDir());
        return settings;
    }

    /**
     * The settings of a command that only reads the catalog: it writes no log, so the logging is
     * left unstarted, half a second of a short query's wait.
     */
    public Settings readerSettings() {
        return load(null, null);
    }

    private Settings load(String sparkMaster, Double maxRejectShare) {
        Settings settings = SettingsLoader.fromSystem().load(
                new Overrides(config, data, warehouse, lang, sparkMaster, maxRejectShare));
        Messages.use(settings.language());
        return settings;
    }
}
