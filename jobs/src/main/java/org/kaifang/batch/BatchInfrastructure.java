package org.kaifang.batch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Spring Batch job repository (a JDBC database: an H2 file by default, PostgreSQL in
 * production) and the operator that launches jobs against it. Creates the schema on first use.
 */
public final class BatchInfrastructure implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcTransactionManager transactionManager;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    public BatchInfrastructure(Settings.JobRepositorySettings settings) {
        this.dataSource = open(settings);
        try {
            createSchemaIfMissing(dataSource, settings.url());
            this.transactionManager = new JdbcTransactionManager(dataSource);
            JdbcJobRepositoryFactoryBean repositoryFactory = new JdbcJobRepositoryFactoryBean();
            repositoryFactory.setDataSource(dataSource);
            repositoryFactory.setTransactionManager(transactionManager);
            repositoryFactory.afterPropertiesSet();
            this.jobRepository = repositoryFactory.getObject();

            TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
            operator.setJobRepository(jobRepository);
            operator.setJobRegistry(new MapJobRegistry());
            operator.setTaskExecutor(new SyncTaskExecutor());
            operator.afterPropertiesSet();
            this.jobOperator = operator;
        } catch (Exception e) {
            dataSource.destroy();
            throw new IllegalStateException("cannot set up the job repository at " + masked(settings.url())
                    + ": " + e.getMessage(), e);
        }
    }

    private static SingleConnectionDataSource open(Settings.JobRepositorySettings settings) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(settings.url(), settings.user(),
                settings.password(), true);
        try (Connection ignored = ds.getConnection()) {
            return ds;
        } catch (SQLException e) {
            ds.destroy();
            String hint = e.getMessage() != null && e.getMessage().contains("already in use")
                    ? " (another kaifang command is using it; wait for it to finish)" : "";
            throw new ConfigurationException("cannot open the job repository " + masked(settings.url()) + hint
                    + ": " + e.getMessage());
        }
    }

    /** The URL as messages show it: a password riding in it never reaches a message or a log. */
    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static void createSchemaIfMissing(DataSource dataSource, String url) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (hasTable(connection, "BATCH_JOB_INSTANCE") || hasTable(connection, "batch_job_instance")) {
                return;
            }
        }
        String database = url.startsWith("jdbc:postgresql:") ? "postgresql" : url.startsWith("jdbc:h2:") ? "h2" : null;
        if (database == null) {
            throw new ConfigurationException("job repository " + masked(url)
                    + ": only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported");
        }
        new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/batch/core/schema-" + database + ".sql"))
                .execute(dataSource);
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }

    public JobRepository jobRepository() {
        return jobRepository;
    }

    public JobOperator jobOperator() {
        return jobOperator;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
