package org.kaifang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.kaifang.synthetic.PanelGenerator;
import org.kaifang.synthetic.TradeDetailGenerator;
import org.kaifang.synthetic.YearbookSample;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write a deterministic synthetic data folder: an analysis panel or customs detail.",
        description = {
            "--panel: Hunan province and its 14 cities, 2006-2015, yearly and cumulative monthly figures",
            "with published growth rates, yearly and five-year-plan targets, a revision set under",
            "revisions/ to load later as a new vintage, and planted inconsistencies listed in planted.csv.",
            "--rows N: N rows of customs trade detail (2014-2015, 14 cities, ~200 partners, HS tariff",
            "lines) with planted bad rows listed in planted_rejects.csv.",
            "Every figure's source says synthetic. Load it with: ./kaifang nightly --data DIR"})
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** What to generate: the analysis panel, or customs detail of a given size. */
    static final class What {
        @Option(names = "--panel",
                description = "The analysis panel: yearly and monthly figures, targets, revisions.")
        boolean panel;

        @Option(names = "--rows", paramLabel = "N",
                description = "N rows of customs trade detail (sources/trade_flows), for scale tests.")
        Long rows;

        @Option(names = "--yearbook",
                description = "The sample yearbook-style workbook and its mapping (sources/observations).")
        boolean yearbook;
    }

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
        if (what.yearbook) {
            Path workbook = YearbookSample.write(out.resolve("sources/observations"));
            spec.commandLine().getOut().println("wrote " + workbook + " and its mapping");
            return ExitCodes.OK;
        }
        if (what.rows != null) {
            if (what.rows < 1) {
                throw new ConfigurationException("--rows must be at least 1");
            }
            var progress = System.console() != null ? spec.commandLine().getErr() : null;
            TradeDetailGenerator.Summary summary = new TradeDetailGenerator(settings.dataDir(), seed)
                    .write(out, what.rows, progress);
            spec.commandLine().getOut().printf("wrote %,d rows of trade detail to %s in %.1f s (%,.0f rows/s),"
                            + " %d planted bad rows (planted_rejects.csv)%n", summary.rows(), out, summary.seconds(),
                    summary.rowsPerSecond(), summary.planted());
            return ExitCodes.OK;
        }
        PanelGenerator.Summary summary = new PanelGenerator(settings.dataDir(), seed).write(out);
        spec.commandLine().getOut().printf("wrote %s: %d figures, %d targets, %d revisions, %d planted"
                        + " inconsistencies (planted.csv)%n", out, summary.figures(), summary.targets(),
                summary.revisions(), summary.planted());
        return ExitCodes.OK;
    }
}
