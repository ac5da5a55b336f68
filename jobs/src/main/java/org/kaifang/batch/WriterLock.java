package org.kaifang.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.kaifang.config.Messages;

/**
 * One writer per warehouse: a nightly run holds an operating-system lock on
 * {@code warehouse/nightly.lock} from before it reads the job repository until it ends, and
 * writes who it is into the file, so a second run can say who holds it. The lock goes with the
 * process: a killed run leaves the file but not the lock, and the next run proceeds.
 * Readers never take it; they read the catalog, which is replaced by rename.
 */
public final class WriterLock implements AutoCloseable {

    public static final String FILE = "nightly.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws WarehouseLockedException when another run holds the warehouse */
    public static WriterLock acquire(Path warehouseDir, String command) {
        Path file = warehouseDir.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(warehouseDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new WarehouseLockedException(Messages.text("lock.held", warehouseDir,
                        holder.isEmpty() ? "?" : holder));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder(command).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WriterLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    private static String holder(String command) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "?";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host + ", " + command + ", since " + Instant.now()
                + " (JVM " + ManagementFactory.getRuntimeMXBean().getName() + ")\n";
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // the lock goes with the channel anyway
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** Another run holds the warehouse; nothing was changed. */
    public static final class WarehouseLockedException extends RuntimeException {
        public WarehouseLockedException(String message) {
            super(message);
        }
    }
}
