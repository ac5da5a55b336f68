package org.kaifang.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.duckdb.DuckDBConnection;
import org.kaifang.catalog.CatalogException;

/**
 * Runs one task per report on as many threads as the machine has cores, each thread with a
 * connection of its own to the same catalog, whose statements stay prepared for the next report
 * and which share the rows read for every region and year at once
 * ({@link CatalogRows#keepForNight}). A report's cost is its queries and its workbook,
 * both single-threaded, so two cores write a night's reports in about half the time.
 */
final class CatalogWorkers {

    private CatalogWorkers() {
    }

    /** The result of the task for each item, in the items' order; the first failure is rethrown. */
    static <I, R> List<R> map(Connection catalog, List<I> items, BiFunction<Connection, I, R> task) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        List<Connection> connections = new ArrayList<>();
        RegionYearRows shared = new RegionYearRows();
        ThreadLocal<Connection> own = ThreadLocal.withInitial(() -> duplicate(catalog, shared, connections));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "kaifang-report");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> task.apply(own.get(), item))).toList();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing reports", e);
        } finally {
            // a query cannot be interrupted: after a failure, let the others end before closing their connections
            pool.shutdownNow();
            awaitQuietly(pool);
            synchronized (connections) {
                connections.forEach(CatalogWorkers::close);
            }
        }
    }

    /** Waits for the workers even when this thread was interrupted: their connections close after. */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Connection duplicate(Connection catalog, RegionYearRows shared, List<Connection> opened) {
        try {
            Connection connection = catalog.unwrap(DuckDBConnection.class).duplicate();
            CatalogRows.keepForNight(connection, shared);
            synchronized (opened) {
                opened.add(connection);
            }
            return connection;
        } catch (SQLException e) {
            throw new CatalogException("cannot open another connection to the catalog: " + e.getMessage(), e);
        }
    }

    private static void close(Connection connection) {
        CatalogRows.release(connection);
        try {
            connection.close();
        } catch (SQLException e) {
            // the reports are written; a connection that will not close holds nothing of them
        }
    }
}
