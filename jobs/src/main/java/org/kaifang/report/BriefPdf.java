package org.kaifang.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders briefs' Word documents to PDF on the server with LibreOffice (the Debian package
 * {@code libreoffice-writer-nogui}), which embeds the fonts it draws with, so the PDF reads the
 * same on a machine with no Chinese font. One LibreOffice run converts every brief of a night
 * (starting it costs seconds); its profile lives in a scratch folder of its own, so it never
 * meets a desktop session's. Without LibreOffice the PDFs are left out, with a warning: the
 * other documents are complete without them.
 */
final class BriefPdf {

    private static final Logger LOG = LoggerFactory.getLogger(BriefPdf.class);
    private static final long MINUTES_PER_HUNDRED = 10;

    private BriefPdf() {
    }

    /** The LibreOffice program on the PATH, if there is one. */
    static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Starts LibreOffice on these Word documents and returns at once: the night writes its
     * other reports while LibreOffice, which spends most of a second starting, draws the PDFs
     * on the other core. {@link Conversion#await} moves each PDF beside its document.
     */
    static Conversion start(List<Path> wordFiles) {
        Path soffice = soffice();
        if (wordFiles.isEmpty()) {
            return Conversion.NONE;
        }
        if (soffice == null) {
            LOG.warn("briefs: no LibreOffice (soffice) on the PATH, so no brief.pdf; install libreoffice-writer-nogui");
            return Conversion.NONE;
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("kaifang-briefs");
            List<String> command = new ArrayList<>(List.of(soffice.toString(),
                    "-env:UserInstallation=" + scratch.resolve("profile").toUri(), "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", scratch.resolve("pdf").toString()));
            // one name per brief: every brief is brief.docx in a folder of its own
            for (int i = 0; i < wordFiles.size(); i++) {
                Path copy = scratch.resolve("brief-" + i + ".docx");
                Files.copy(wordFiles.get(i), copy);
                command.add(copy.toString());
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(scratch.resolve("soffice.log").toFile()).start();
            return new Conversion(process, scratch, List.copyOf(wordFiles));
        } catch (IOException e) {
            if (scratch != null) {
                delete(scratch);
            }
            throw new UncheckedIOException("cannot convert the briefs to PDF: " + e.getMessage(), e);
        }
    }

    /** A LibreOffice run under way, or none ({@link #NONE}) when there is nothing to convert or no LibreOffice. */
    static final class Conversion {

        static final Conversion NONE = new Conversion(null, null, List.of());

        private final Process process;
        private final Path scratch;
        private final List<Path> wordFiles;
        private boolean abandoned;
        /** The programs {@link #abandon} stopped: LibreOffice's, the script's children included. */
        private final List<ProcessHandle> stopped = new ArrayList<>();

        private Conversion(Process process, Path scratch, List<Path> wordFiles) {
            this.process = process;
            this.scratch = scratch;
            this.wordFiles = wordFiles;
        }

        /** Waits for LibreOffice and moves each PDF beside its document; returns the PDFs written. */
        List<Path> await() {
            if (process == null) {
                return List.of();
            }
            try {
                long minutes = MINUTES_PER_HUNDRED * (1 + wordFiles.size() / 100);
                if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("LibreOffice did not convert the briefs to PDF within " + minutes + " min");
                }
                List<Path> written = new ArrayList<>();
                for (int i = 0; i < wordFiles.size(); i++) {
                    Path pdf = scratch.resolve("pdf").resolve("brief-" + i + ".pdf");
                    if (!Files.exists(pdf)) {
                        throw new IllegalStateException("LibreOffice wrote no PDF for " + wordFiles.get(i) + ": "
                                + Files.readString(scratch.resolve("soffice.log")).strip());
                    }
                    Path target = wordFiles.get(i).resolveSibling("brief.pdf");
                    Files.move(pdf, target, StandardCopyOption.REPLACE_EXISTING);
                    written.add(target);
                }
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot convert the briefs to PDF: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while converting the briefs to PDF", e);
            } finally {
                abandon();
            }
        }

        /**
         * Stops LibreOffice if it still runs and removes its scratch folder: after a failure
         * elsewhere, and after {@link #await}. Once done, it does nothing.
         */
        void abandon() {
            if (process == null || abandoned) {
                return;
            }
            abandoned = true;
            // soffice is a script: the program drawing the PDFs is its child
            stopped.addAll(process.descendants().toList());
            stopped.add(process.toHandle());
            for (ProcessHandle program : stopped) {
                program.destroyForcibly();
            }
            for (ProcessHandle program : stopped) {
                try {
                    program.onExit().get(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException | TimeoutException e) {
                    LOG.warn("LibreOffice (pid {}) did not stop within 10 s", program.pid());
                }
            }
            delete(scratch);
        }

        /** Whether LibreOffice, or a program it started, still runs, or its scratch folder is left: what a test checks. */
        boolean leftBehind() {
            return process != null && (process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive)
                    || stopped.stream().anyMatch(ProcessHandle::isAlive) || Files.exists(scratch));
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot remove the scratch folder {}: {}", folder, e.getMessage());
        }
    }
}
