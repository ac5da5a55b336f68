package org.kaifang.cli;

import java.util.function.Consumer;

import org.kaifang.batch.WriterLock;
import org.kaifang.config.Settings;

import picocli.CommandLine.Model.CommandSpec;

/** The one writer a warehouse has at a time: every command that writes into it takes the lock. */
final class WarehouseWriter {

    private WarehouseWriter() {
    }

    /**
     * The warehouse's writer lock for {@code command}, or null when another run holds it: then
     * the holder is named on standard error and the command exits {@link ExitCodes#LOCKED}.
     */
    static WriterLock lock(CommandSpec spec, Settings settings, String command) {
        return lock(spec, settings, command, holder -> { });
    }

    /** The same, telling {@code whenLocked} who holds the warehouse when another run does. */
    static WriterLock lock(CommandSpec spec, Settings settings, String command, Consumer<String> whenLocked) {
        try {
            return WriterLock.acquire(settings.warehouseDir(), command);
        } catch (WriterLock.WarehouseLockedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            whenLocked.accept(e.getMessage());
            return null;
        }
    }
}
