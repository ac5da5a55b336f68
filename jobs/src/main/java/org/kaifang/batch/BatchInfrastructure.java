package org.kaifang.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 *
 * <p>Every call to the repository's database runs under a {@link RepositoryDeadline}. An H2
 * repository writes each commit to its file before the commit returns (H2's write delay is off):
 * with the default delay, a {@code kill -9} could leave rows committed in one table and not in
 * another, such as a job instance without its execution, or a row locked by a transaction that
 * no longer exists, on which the next run's recovery spun for ever.
 */
public final class BatchInfrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchInfrastructure.class);

    /** The object Spring Batch's schema script creates last. */
    private static final String LAST_SCHEMA_OBJECT = "BATCH_JOB_INSTANCE_SEQ";

    private final RepositoryDeadline deadline;
    private final SingleConnectionDataSource dataSource;
    private final JdbcTransactionManager transactionManager;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    public BatchInfrastructure(Settings.JobRepositorySettings settings) {
        this(settings, RepositoryDeadline.endingTheProcess(settings.deadline(), masked(settings.url())));
    }

    BatchInfrastructure(Settings.JobRepositorySettings settings, RepositoryDeadline deadline) {
        this.deadline = deadline;
        this.dataSource = open(settings, deadline);
        try {
            createSchemaIfMissing(dataSource, settings.url());
            this.transactionManager = new JdbcTransactionManager(dataSource);
            JdbcJobRepositoryFactoryBean repositoryFactory = new JdbcJobRepositoryFactoryBean();
            repositoryFactory.setDataSource(dataSource);
            repositoryFactory.setTransactionManager(transactionManager);
            repositoryFactory.afterPropertiesSet();
            this.jobRepository = DeadlineJobRepository.of(repositoryFactory.getObject(), deadline);

            TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
            operator.setJobRepository(jobRepository);
            operator.setJobRegistry(new MapJobRegistry());
            operator.setTaskExecutor(new SyncTaskExecutor());
            operator.afterPropertiesSet();
            this.jobOperator = operator;
        } catch (Exception e) {
            dataSource.destroy();
            deadline.close();
            throw new IllegalStateException("cannot set up the job repository at " + masked(settings.url())
                    + ": " + e.getMessage(), e);
        }
    }

    private static SingleConnectionDataSource open(Settings.JobRepositorySettings settings, RepositoryDeadline deadline) {
        Connection connection;
        try {
            connection = deadline.call("open " + masked(settings.url()), () -> {
                Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                if (settings.url().startsWith("jdbc:h2:")) {
                    writeEachCommit(c);
                }
                return c;
            });
        } catch (SQLException e) {
            deadline.close();
            String hint = e.getMessage() != null && e.getMessage().contains("already in use")
                    ? " (another kaifang command is using it; wait for it to finish)" : "";
            throw new ConfigurationException("cannot open the job repository " + masked(settings.url()) + hint
                    + ": " + e.getMessage());
        } catch (Exception e) {
            deadline.close();
            throw new ConfigurationException("cannot open the job repository " + masked(settings.url()) + ": " + e);
        }
        return new SingleConnectionDataSource(GuardedJdbc.connection(connection, deadline), true);
    }

    /**
     * Turns H2's write delay off, which takes an administrator (the default user {@code sa} is
     * one). Another user runs with the delay and a warning: a kill may then need a recovery the
     * run cannot do alone.
     */
    private static void writeEachCommit(Connection h2) {
        try (Statement statement = h2.createStatement()) {
            statement.execute("set write_delay 0");
        } catch (SQLException e) {
            log.warn("cannot turn off the H2 job repository's write delay ({}); commits reach its file up to"
                    + " half a second late, so a kill may leave it needing manual recovery", e.getMessage());
        }
    }

    /** The URL as messages show it: a password riding in it never reaches a message or a log. */
    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /**
     * Creates Spring Batch's schema, or completes it: its script creates one object per
     * statement, each committed, so a run killed while creating it leaves the first tables and
     * not the rest. The schema is whole once its last object, the sequence
     * {@value #LAST_SCHEMA_OBJECT}, exists; no job can have run before that.
     */
    private static void createSchemaIfMissing(DataSource dataSource, String url) throws SQLException {
        boolean begun;
        try (Connection connection = dataSource.getConnection()) {
            if (hasSchemaEnd(connection)) {
                return;
            }
            begun = hasTable(connection, "BATCH_JOB_INSTANCE") || hasTable(connection, "batch_job_instance");
        }
        String database = url.startsWith("jdbc:postgresql:") ? "postgresql" : url.startsWith("jdbc:h2:") ? "h2" : null;
        if (database == null) {
            throw new ConfigurationException("job repository " + masked(url)
                    + ": only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported");
        }
        ResourceDatabasePopulator script = new ResourceDatabasePopulator(
                new ClassPathResource("org/springframework/batch/core/schema-" + database + ".sql"));
        // the objects a cut-off creation made fail as existing; the script goes on to the rest
        script.setContinueOnError(begun);
        script.execute(dataSource);
        if (begun) {
            try (Connection connection = dataSource.getConnection()) {
                if (!hasSchemaEnd(connection)) {
                    throw new ConfigurationException("job repository " + masked(url) + ": its schema was left half"
                            + " created and cannot be completed; remove the repository or create the schema by hand");
                }
            }
            log.info("the job repository's schema was left half created (a run stopped while creating it);"
                    + " completed it");
        }
    }

    private static boolean hasSchemaEnd(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from information_schema.sequences"
                     + " where upper(sequence_name) = '" + LAST_SCHEMA_OBJECT + "'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
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
        try {
            dataSource.destroy();
        } finally {
            deadline.close();
        }
    }
}
