package org.kaifang.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.config.SettingsLoader.Overrides;

/** Defaults, then config file, then environment, then options: each overrides the one before. */
class SettingsLoaderTest {

    @TempDir
    Path home;

    @Test
    void defaultsResolveAgainstTheKaifangHome() {
        Settings settings = new SettingsLoader(Map.of("KAIFANG_HOME", home.toString()), Path.of("/"))
                .load(Overrides.none());
        assertEquals(home.resolve("data"), settings.dataDir());
        assertEquals(home.resolve("warehouse/kaifang.duckdb"), settings.catalogFile());
        assertEquals("jdbc:h2:file:" + home.resolve("warehouse/batch/jobs") + ";DB_CLOSE_ON_EXIT=FALSE",
                settings.jobRepository().url());
        assertEquals(Language.ZH, settings.language());
        assertEquals(null, settings.sparkMaster(), "customs detail loads with DuckDB unless a Spark master is set");
        assertEquals(0.05, settings.maxRejectShare());
    }

    @Test
    void configFileOverridesDefaultsAndResolvesAgainstItsFolder() throws Exception {
        Files.writeString(home.resolve("kaifang.properties"), "warehouse = /srv/kaifang\ndata = ../stats\nlang = en\n");
        Settings settings = new SettingsLoader(Map.of("KAIFANG_HOME", home.toString()), Path.of("/"))
                .load(Overrides.none());
        assertEquals(Path.of("/srv/kaifang"), settings.warehouseDir());
        assertEquals(home.getParent().resolve("stats"), settings.dataDir());
        assertEquals(Language.EN, settings.language());
    }

    @Test
    void environmentOverridesTheFileAndOptionsOverrideTheEnvironment() throws Exception {
        Files.writeString(home.resolve("kaifang.properties"), "warehouse = from-file\nlang = en\n");
        Map<String, String> env = Map.of("KAIFANG_HOME", home.toString(), "KAIFANG_WAREHOUSE", "/from/env",
                "KAIFANG_LANG", "zh", "KAIFANG_JOB_REPOSITORY_URL", "jdbc:postgresql://127.0.0.1/kaifang");
        SettingsLoader loader = new SettingsLoader(env, home);
        Settings fromEnv = loader.load(Overrides.none());
        assertEquals(Path.of("/from/env"), fromEnv.warehouseDir());
        assertEquals(Language.ZH, fromEnv.language());
        assertEquals("jdbc:postgresql://127.0.0.1/kaifang", fromEnv.jobRepository().url());

        Settings fromOptions = loader.load(new Overrides(null, null, Path.of("given"), "en", null, 0.2));
        assertEquals(home.resolve("given"), fromOptions.warehouseDir());
        assertEquals(Language.EN, fromOptions.language());
        assertEquals(0.2, fromOptions.maxRejectShare());
    }

    @Test
    void unknownSettingInTheFileIsNamed() throws Exception {
        Path file = home.resolve("mine.properties");
        Files.writeString(file, "wearhouse = /tmp\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () ->
                new SettingsLoader(Map.of(), home).load(new Overrides(file, null, null, null, null, null)));
        assertTrue(e.getMessage().contains("unknown setting 'wearhouse'"), e.getMessage());
    }

    @Test
    void passwordNeverAppearsWhenSettingsArePrinted() {
        Settings settings = new SettingsLoader(Map.of("KAIFANG_JOB_REPOSITORY_PASSWORD", "s3cret"), home)
                .load(Overrides.none());
        assertEquals("s3cret", settings.jobRepository().password());
        assertTrue(!settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void theRepositoryDeadlineIsWholeSecondsAndAnythingElseIsNamed() throws Exception {
        assertEquals(Duration.ofSeconds(60), new SettingsLoader(Map.of(), home).load(Overrides.none())
                .jobRepository().deadline());
        assertEquals(Duration.ofSeconds(5), new SettingsLoader(Map.of("KAIFANG_JOB_REPOSITORY_DEADLINE", "5"),
                home).load(Overrides.none()).jobRepository().deadline());
        Files.writeString(home.resolve("kaifang.properties"), "job-repository.deadline = 1m\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () ->
                new SettingsLoader(Map.of("KAIFANG_HOME", home.toString()), home).load(Overrides.none()));
        assertTrue(e.getMessage().contains("job-repository.deadline '1m': expected whole seconds"), e.getMessage());
    }
}
