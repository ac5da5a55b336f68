package org.kaifang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.logging.log4j.LogManager;
import org.kaifang.config.ConfigurationException;
import org.kaifang.config.Settings;
import org.springframework.scheduling.support.CronExpression;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        header = "Stay up and run nightly on a cron schedule, one run at a time.",
        description = {
            "Stay up and run `nightly` whenever the cron expression fires (six fields, seconds",
            "first, in local time: \"0 0 2 * * *\" is 02:00 every day). Each run is a process of its",
            "own, so a failed run never takes the scheduler down; a time that fires while a run",
            "is still going is skipped, never queued. SIGTERM (Ctrl-C) stops the scheduler: a run",
            "in progress is asked to stop at its next safe point and is resumed by the next run."})
final class ScheduleCommand implements Callable<Integer> {


    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--cron", required = true, paramLabel = "EXPRESSION",
            description = "When to run, e.g. \"0 0 2 * * *\" (second minute hour day month weekday).")
    String cron;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicReference<Process> running = new AtomicReference<>();

    @Override
    public Integer call() throws InterruptedException {
        CronExpression schedule;
        try {
            schedule = CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--cron \"" + cron + "\" is not a cron expression: " + e.getMessage()
                    + " (six fields: second minute hour day-of-month month day-of-week, e.g. \"0 0 2 * * *\")");
        }
        Settings settings = common.settings();
        PrintWriter out = spec.commandLine().getOut();
        Thread hook = new Thread(this::stop, "kaifang-schedule-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        say(out, "schedule \"" + cron + "\" for warehouse " + settings.warehouseDir().toAbsolutePath());
        int runs = 0;
        try {
            LocalDateTime next = schedule.next(LocalDateTime.now());
            while (next != null && stopped.getCount() > 0) {
                say(out, "next run at " + next.withNano(0));
                long waitMillis = Duration.between(LocalDateTime.now(), next).toMillis();
                if (waitMillis > 0 && stopped.await(waitMillis, TimeUnit.MILLISECONDS)) {
                    break;
                }
                runs++;
                runOnce(out, runs);
                LocalDateTime now = LocalDateTime.now();
                LocalDateTime following = schedule.next(next);
                while (following != null && following.isBefore(now)) {
                    say(out, "skipped " + following.withNano(0) + ": run " + runs + " was still going");
                    following = schedule.next(following);
                }
                next = following;
            }
        } finally {
            say(out, "schedule stopped after " + runs + " run(s)");
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
        }
        return ExitCodes.OK;
    }

    private void runOnce(PrintWriter out, int run) {
        List<String> command = new ArrayList<>(javaCommand());
        command.add("nightly");
        command.addAll(common.asArguments());
        long started = System.nanoTime();
        say(out, "run " + run + " started");
        int exit;
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            running.set(process);
            exit = process.waitFor();
        } catch (IOException e) {
            say(out, "run " + run + " could not start: " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            running.set(null);
        }
        say(out, String.format("run %d finished: exit %d (%s) in %.1f s", run, exit, ExitCodes.meaning(exit),
                (System.nanoTime() - started) / 1e9));
    }

    /** On SIGTERM: wake the loop, and let a run in progress stop gracefully before this JVM goes. */
    private void stop() {
        stopped.countDown();
        Process process = running.get();
        if (process != null) {
            process.destroy();
            try {
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // the loop says it stopped; the JVM then ends with this hook (the main thread's own
        // System.exit waits for the hooks, so it cannot be waited for here)
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This JVM's own command line: the same java, flags and classpath run each nightly. */
    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return command;
    }

    private static void say(PrintWriter out, String line) {
        String stamped = LocalDateTime.now().withNano(0) + " " + line;
        out.println(stamped);
        out.flush();
        // the logger is found when first used: every command builds this one, and starting the
        // logging costs a short command half a second
        LogManager.getLogger(ScheduleCommand.class).info(line);
    }
}
