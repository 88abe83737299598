package org.civilaffairs.reconcile.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether the log file can be written before logging starts: in a read-only or foreign working
 * directory Logback would otherwise fail the whole start-up with a stack trace, and even
 * 'status' would not run. Then the log goes to standard error only, with one warning line.
 */
public final class LogFile {

    /** The Spring profile under which logback-spring.xml leaves the file appender out. */
    public static final String STDERR_ONLY = "stderr-only";
    static final String PROPERTY = "reconcile.log-file";
    /** As in logback-spring.xml. */
    private static final String DEFAULT = "data/logs/reconcile.log";

    private LogFile() {
    }

    /** Why the log file named by the arguments (or a system property, the environment, the default) cannot be written; empty if it can. */
    public static Optional<String> unwritable(String[] args) {
        Path file = Path.of(Arrays.stream(args).filter(a -> a.startsWith("--" + PROPERTY + "="))
                .map(a -> a.substring(PROPERTY.length() + 3)).reduce((a, b) -> b)
                .orElse(System.getProperty(PROPERTY, System.getenv().getOrDefault("RECONCILE_LOGFILE", DEFAULT)))).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot write the log file " + file + " (cannot create its folder: " + e.getClass().getSimpleName()
                    + "): logging to standard error only; pass --" + PROPERTY + "=FILE or run from a writable folder");
        }
        boolean writable = Files.exists(file) ? Files.isWritable(file) : Files.isWritable(file.getParent());
        return writable ? Optional.empty() : Optional.of("cannot write the log file " + file + " (permission denied):"
                + " logging to standard error only; pass --" + PROPERTY + "=FILE or run from a writable folder");
    }
}
