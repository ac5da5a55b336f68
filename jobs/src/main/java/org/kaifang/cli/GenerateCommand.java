package org.kaifang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.kaifang.synthetic.PanelGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write a deterministic synthetic data folder to test and explore with.",
        description = {
            "--panel: Hunan province and its 14 cities, 2006-2015, yearly and cumulative monthly figures",
            "with published growth rates, yearly and five-year-plan targets, a revision set under",
            "revisions/ to load later as a new vintage, and planted inconsistencies listed in planted.csv.",
            "Every figure's source says synthetic. Load it with: ./kaifang nightly --data DIR"})
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--panel", required = true,
            description = "Generate the analysis panel (yearly and monthly figures, targets, revisions).")
    boolean panel;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (must be empty or new).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ConfigurationException("--out " + out + " is not empty; give a new or empty folder");
                }
            }
        }
        PanelGenerator.Summary summary = new PanelGenerator(settings.dataDir(), seed).write(out);
        spec.commandLine().getOut().printf("wrote %s: %d figures, %d targets, %d revisions, %d planted"
                        + " inconsistencies (planted.csv)%n", out, summary.figures(), summary.targets(),
                summary.revisions(), summary.planted());
        return ExitCodes.OK;
    }
}
