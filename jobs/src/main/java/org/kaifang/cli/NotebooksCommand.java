package org.kaifang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.kaifang.notebook.Notebook;
import org.kaifang.notebook.NotebookPage;
import org.kaifang.notebook.NotebookRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "notebooks", mixinStandardHelpOptions = true,
        header = "Run the notebooks' SQL on the catalog and write each with its results as HTML.",
        description = {
            "Run every %%sql cell of every notebook (*.ipynb) on the catalog, read-only, and write",
            "each notebook with its results to <warehouse>/notebooks/<name>.html. Exits 1, naming",
            "the notebook and cell, when a cell fails (a view renamed, say)."})
final class NotebooksCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--notebooks", paramLabel = "DIR", defaultValue = "notebooks",
            description = "Folder of the notebooks (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        Settings settings = common.settings();
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("no notebooks folder at " + folder.toAbsolutePath());
        }
        if (!Files.isRegularFile(settings.catalogFile())) {
            throw new ConfigurationException("no catalog at " + settings.catalogFile() + ": run ./kaifang nightly first");
        }
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(folder)) {
            notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
        Path out = settings.warehouseDir().resolve("notebooks");
        Files.createDirectories(out);
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> errors = new ArrayList<>();
        for (Path file : notebooks) {
            NotebookRun run = NotebookRun.execute(Notebook.read(file), settings.catalogFile());
            Path page = out.resolve(run.notebook().name() + ".html");
            Files.writeString(page, NotebookPage.render(run), StandardCharsets.UTF_8);
            stdout.printf("%-40s %2d SQL cells  %s%n", file.getFileName(), run.notebook().sqlCells().size(),
                    run.errors().isEmpty() ? page : "FAILED");
            errors.addAll(run.errors());
        }
        stdout.flush();
        errors.forEach(e -> spec.commandLine().getErr().println("kaifang notebooks: " + e));
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }
}
