package org.kaifang.cli;

import java.sql.Connection;
import java.util.concurrent.Callable;

import org.kaifang.catalog.Catalog;
import org.kaifang.catalog.DataDictionary;
import org.kaifang.catalog.SqlModels;
import org.kaifang.config.Settings;
import org.kaifang.report.DictionaryWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "docs", mixinStandardHelpOptions = true,
        header = "Write the data dictionary (Markdown and HTML) from the catalog.",
        description = {
            "Writes <warehouse>/docs/dictionary.md and dictionary.html: every view with its grain,",
            "columns, descriptions, and lineage (the views and lake tables it reads, and what reads it)."})
final class DocsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        try (Connection catalog = Catalog.openReadOnly(settings.catalogFile())) {
            new DictionaryWriter(DataDictionary.read(catalog, SqlModels.fromClasspath())).write(settings.warehouseDir().resolve("docs"))
                    .forEach(spec.commandLine().getOut()::println);
        }
        return ExitCodes.OK;
    }
}
