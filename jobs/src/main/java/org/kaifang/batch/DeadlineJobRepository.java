package org.kaifang.batch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The job repository with each of its operations under the {@link RepositoryDeadline}, so a
 * message past the deadline says what the run was doing ("update step execution 'catalog' of
 * execution 5"), not only which SQL statement it sent.
 */
final class DeadlineJobRepository {

    private DeadlineJobRepository() {
    }

    static JobRepository of(JobRepository target, RepositoryDeadline deadline) {
        return (JobRepository) Proxy.newProxyInstance(JobRepository.class.getClassLoader(),
                new Class<?>[] {JobRepository.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(target, args);
                    }
                    String what = method.getName() + "(" + (args == null ? "" : Arrays.stream(args)
                            .map(DeadlineJobRepository::describe).collect(Collectors.joining(", "))) + ")";
                    try {
                        return deadline.call(what, () -> {
                            PausePoints.reach("repository " + method.getName());
                            return method.invoke(target, args);
                        });
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String describe(Object argument) {
        if (argument instanceof StepExecution step) {
            return "step execution '" + step.getStepName() + "' of execution " + step.getJobExecutionId();
        }
        if (argument instanceof JobExecution job) {
            return "execution " + job.getId();
        }
        if (argument instanceof JobInstance instance) {
            return "job instance " + instance.getInstanceId();
        }
        return argument instanceof String || argument instanceof Number ? String.valueOf(argument)
                : argument == null ? "null" : argument.getClass().getSimpleName();
    }
}
