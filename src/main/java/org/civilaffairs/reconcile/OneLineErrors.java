package org.civilaffairs.reconcile;

import java.io.EOFException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civilaffairs.reconcile.ingest.InboxException;
import org.civilaffairs.reconcile.policy.PolicyException;
import org.civilaffairs.reconcile.privacy.Mask;
import org.flywaydb.core.api.FlywayException;
import org.springframework.amqp.AmqpException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.DataAccessResourceFailureException;
import picocli.CommandLine;

/**
 * Operators see one masked line saying what went wrong and what to do, never a stack trace or
 * a usage screen, and an exit code of {@link ExitCodes} that says what kind of failure it was.
 */
public class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    private static final String DISK_FULL = "No space left on device";
    private static final String READ_ONLY = "Read-only file system";
    /** A path in the archive: its default folder, or a copy named by its content's SHA-256. */
    private static final Pattern ARCHIVED = Pattern.compile("(^|/)archive/|(^|/)[0-9a-f]{64}(\\.\\w+)?$");

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("reconcile " + cmd.getCommandName() + ": " + describe(e));
        return exitCode(e);
    }

    /** A command line picocli cannot parse: its message and where the help is, on one line. */
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandName().equals("reconcile") ? "" : " " + cmd.getCommandName();
        cmd.getErr().println("reconcile" + name + ": " + Mask.freeText(firstLine(e.getMessage()))
                + " (see 'reconcile" + name + " --help')");
        return ExitCodes.USAGE;
    }

    /** The exit code for a failure that escaped a command. */
    public static int exitCode(Throwable e) {
        if (e instanceof UsageError || e instanceof PolicyException || e instanceof InboxException) {
            return ExitCodes.USAGE;
        }
        return isDatabase(e) ? ExitCodes.CANNOT_START : ExitCodes.FAILED;
    }

    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        Optional<String> worded = worded(e);
        // a usage error's or a policy's own words name the file, the line and the fix: not those of the cause they wrap
        Optional<String> own = outermost(e, UsageError.class).map(Throwable::getMessage)
                .or(() -> outermost(e, PolicyException.class).map(Throwable::getMessage));
        Optional<String> setting = badSetting(e);
        if (own.isPresent()) {
            message = own.get();
        } else if (setting.isPresent()) {
            message = setting.get();
        } else if (causedBy(e, AmqpException.class)) {
            message = "message broker unreachable or failing (" + firstLine(message) + "): check --broker and that RabbitMQ"
                    + " is running there";
        } else if (causedBy(e, FlywayException.class)) {
            message = "the database's tables could not be created or upgraded (" + firstLine(message) + "): check the"
                    + " database user's rights and the server version; a first setup that failed or was cut short is done"
                    + " again by the next start";
        } else if (root instanceof OutOfMemoryError) {
            message = "out of memory (" + firstLine(message) + "): run it with more heap (java -Xmx...); or let fewer large"
                    + " partitions run side by side (--reconcile.partition-heap-bytes-per-row=2000, which a restart takes too), or make"
                    + " them smaller (--reconcile.partition-rows, --reconcile.partition-households, which a new run takes and a"
                    + " restart does not)";
        } else if (saidBy(e, DISK_FULL)) {
            message = worded.orElse("a file could not be written") + " (" + DISK_FULL + "): the disk is full: free space on it"
                    + " (the database, the archive and the logs are under data/ by default; 'purge' deletes the derived files of"
                    + " closed months)";
        } else if (saidBy(e, READ_ONLY)) {
            message = worded.orElse("a file could not be written") + " (" + firstLine(message) + "): run it from a folder it can"
                    + " write (the database, the archive and the logs go under ./data/), or point --spring.datasource.url and"
                    + " --reconcile.archive-dir at one";
        } else if (root instanceof NoSuchFileException && ARCHIVED.matcher(message).find()) {
            message = "file missing: " + message + " (the archive keeps a copy of every inbox file a run reads: restore the"
                    + " archive folder from its backup)";
        } else if (root instanceof NoSuchFileException) {
            message = "file missing: " + message + ": check the path, and that its folder is there (a share mounted)";
        } else if (root instanceof SQLException || root instanceof java.net.ConnectException) {
            message = "database unreachable or failing (" + firstLine(message) + "): check spring.datasource.url and that the server is up";
        } else if (worded.isPresent()) {
            message = worded.get() + " (" + fileSystemReason(root, message) + ")";
        }
        return Mask.freeText(firstLine(message));
    }

    /**
     * The project's own words for a failed file operation, which name the file and the fix ("cannot
     * read X: delete it to derive it again"): the outermost {@link UncheckedIOException} made with a
     * message, not one that only repeats its cause's.
     */
    private static Optional<String> worded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UncheckedIOException u && u.getMessage() != null && u.getCause() != null
                    && !u.getMessage().equals(u.getCause().toString())) {
                return Optional.of(firstLine(u.getMessage()));
            }
        }
        return Optional.empty();
    }

    /**
     * What the file system said, in words: {@code AccessDeniedException} carries only the file's path;
     * else the root's message, or its class where it has none ({@code message} is already that).
     */
    private static String fileSystemReason(Throwable root, String message) {
        if (root instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (root instanceof EOFException) {
            return "the file ends too early";
        }
        return firstLine(message);
    }

    private static boolean isDatabase(Throwable e) {
        return causedBy(e, SQLException.class) || causedBy(e, java.net.ConnectException.class)
                || causedBy(e, DataAccessResourceFailureException.class) || causedBy(e, FlywayException.class);
    }

    /** Whether the file system's words (a full disk, a read-only one) reached us, whichever layer (H2, logback, ours) passed them on. */
    private static boolean saidBy(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** A --reconcile.* or --spring.* setting given a value its type cannot take ({@code --reconcile.grid-size=abc}). */
    private static Optional<String> badSetting(Throwable e) {
        return outermost(e, TypeMismatchException.class).map(t -> describeSetting(t.getValue(), t.getRequiredType()))
                .or(() -> outermost(e, ConversionFailedException.class).map(c -> describeSetting(c.getValue(), c.getTargetType().getType())));
    }

    private static String describeSetting(Object value, Class<?> type) {
        return "a setting has the value '" + value + "', which is not " + kindOf(type) + ": check the --reconcile.* and"
                + " --spring.* options given (and application.properties)";
    }

    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "of its kind";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type == java.time.Duration.class ? "a duration (120s, 5m)" : "a " + type.getSimpleName();
    }

    /** Whether a failure at start is a setting's value rather than the database: a usage error. */
    public static boolean isBadSetting(Throwable e) {
        return badSetting(e).isPresent();
    }

    private static <T extends Throwable> Optional<T> outermost(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return outermost(e, type).isPresent();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse(message);
    }
}
