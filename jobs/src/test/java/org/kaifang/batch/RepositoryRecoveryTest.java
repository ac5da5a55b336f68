package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;
import org.kaifang.config.Settings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The partial states a kill can leave in the job repository, built directly in it, and the next
 * run recovering each: an instance without an execution, an execution left running.
 */
class RepositoryRecoveryTest {

    @TempDir
    Path root;

    @Test
    void anInstanceWithoutAnExecutionIsRemovedAndTheRunCompletes() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        assertEquals(0, warehouse.nightly("2026-11-25").exitCode());
        // a run for the next day cut off between creating its instance and its execution
        try (BatchInfrastructure batch = new BatchInfrastructure(repository(warehouse))) {
            batch.jobRepository().createJobInstance(NightlyJobFactory.JOB_NAME, nextDay(batch.jobRepository()));
        }

        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(": COMPLETED (execution "), run.out());
        assertTrue(Files.readString(warehouse.warehouse().resolve("logs/kaifang.log"))
                .contains("has no execution (a run was cut off as it began); removing it"));
    }

    @Test
    void anExecutionLeftRunningIsMarkedInterruptedAndItsRestartSaysWhereItResumed() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        assertEquals(0, warehouse.nightly("2026-11-25").exitCode());
        long cutOff;
        try (BatchInfrastructure batch = new BatchInfrastructure(repository(warehouse))) {
            JobRepository repository = batch.jobRepository();
            JobParameters parameters = nextDay(repository);
            JobInstance instance = repository.createJobInstance(NightlyJobFactory.JOB_NAME, parameters);
            JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
            execution.setStatus(BatchStatus.STARTED);
            execution.setStartTime(LocalDateTime.now());
            repository.update(execution);
            cutOff = execution.getId();
        }

        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("recovered: execution " + cutOff + " was interrupted; resumed at step 'publish'"),
                run.out());

        TestWarehouse.Run history = warehouse.kaifang("history", "--format", "json");
        assertEquals(0, history.exitCode(), history.err());
        String json = history.out().replaceAll("\\s+", "");
        assertTrue(json.contains("\"id\":" + cutOff + ",") && json.contains("\"interrupted\":true"), history.out());
        assertTrue(json.contains("\"restartOf\":" + cutOff + ",\"resumedAt\":\"publish\""), history.out());
    }

    /** The schema script makes one table per statement: a run killed after the second left those two. */
    @Test
    void aSchemaLeftHalfCreatedIsCompletedAndTheRunCompletes() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root).inEnglish();
        Settings.JobRepositorySettings settings = repository(warehouse);
        String script = new String(new ClassPathResource("org/springframework/batch/core/schema-h2.sql")
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.createDirectories(warehouse.warehouse().resolve("batch"));
        try (Connection h2 = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             Statement statement = h2.createStatement()) {
            for (String create : Arrays.asList(script.split(";")).subList(0, 2)) {
                statement.execute(create);
            }
        }

        TestWarehouse.Run run = warehouse.nightly("2026-11-26");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(": COMPLETED (execution 1,"), run.out());
        assertTrue(Files.readString(warehouse.warehouse().resolve("logs/kaifang.log"))
                .contains("the job repository's schema was left half created (a run stopped while creating it); completed it"));
    }

    private static Settings.JobRepositorySettings repository(TestWarehouse warehouse) {
        return new Settings.JobRepositorySettings("jdbc:h2:file:" + warehouse.warehouse().resolve("batch/jobs")
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** The identifying parameters of a run on 2026-11-26 over the same inputs as the first run. */
    private static JobParameters nextDay(JobRepository repository) {
        JobInstance first = repository.getLastJobInstance(NightlyJobFactory.JOB_NAME);
        String inputs = repository.getLastJobExecution(first).getJobParameters().getString("inputs");
        assertTrue(inputs != null && !inputs.isEmpty());
        return new JobParametersBuilder().addLocalDate("run.date", LocalDate.parse("2026-11-26"))
                .addString("inputs", inputs).toJobParameters();
    }
}
