package org.kaifang.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.kaifang.table.Fingerprint;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The SQL files of {@code sql/}, carried on the classpath so a catalog is always built from
 * the code that runs; applied in path order (10_dimensions before 20_staging …).
 */
public final class SqlModels {

    private final List<SqlModel> models;

    private SqlModels(List<SqlModel> models) {
        this.models = models;
    }

    public static SqlModels fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/**/*.sql");
            List<SqlModel> models = new ArrayList<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("/sql/") + "/sql/".length());
                try (InputStream in = resource.getInputStream()) {
                    models.add(new SqlModel(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            models.sort(Comparator.comparing(SqlModel::path));
            if (models.isEmpty()) {
                throw new IllegalStateException("no SQL models on the classpath (sql/**/*.sql)");
            }
            return new SqlModels(models);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the SQL models", e);
        }
    }

    public List<SqlModel> views() {
        return models.stream().filter(m -> !m.isCheck() && !m.isMart()).toList();
    }

    /** The model (not a check) that creates the view {@code name}. */
    public Optional<SqlModel> view(String name) {
        return views().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The queries under {@code marts/}, each stored in the lake as {@code lake_<name>}. */
    public List<SqlModel> marts() {
        return models.stream().filter(SqlModel::isMart).toList();
    }

    /** Changes whenever a mart's query changes: part of the marts' version. */
    public String martsFingerprint() {
        return fingerprintOf(marts());
    }

    public List<SqlModel> checks() {
        return models.stream().filter(SqlModel::isCheck).toList();
    }

    /** Changes whenever any model's text changes: part of what decides a run has work to do. */
    public String fingerprint() {
        return fingerprintOf(models);
    }

    private static String fingerprintOf(List<SqlModel> models) {
        List<String> texts = new ArrayList<>();
        for (SqlModel m : models) {
            texts.add(m.path());
            texts.add(m.sql());
        }
        return Fingerprint.ofTexts(texts);
    }
}
