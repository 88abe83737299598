package org.civilaffairs.reconcile.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civilaffairs.reconcile.privacy.Mask;
import org.slf4j.LoggerFactory;

/**
 * Logback's own failures, above all a log file it cannot write (a full disk), as one masked line on
 * standard error, once. Spring Boot's console listener, which this replaces, printed each with its
 * stack trace, and logback retries the file.
 */
public final class LogFailures implements StatusListener {

    private final AtomicBoolean told = new AtomicBoolean();

    /** Replaces the console listeners of the logging context, once logging is set up, by this one. */
    public static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            StatusManager statuses = context.getStatusManager();
            statuses.getCopyOfStatusListenerList().stream().filter(OnConsoleStatusListener.class::isInstance)
                    .forEach(statuses::remove);
            statuses.add(new LogFailures());
        }
    }

    @Override
    public void addStatusEvent(Status status) {
        if (status.getLevel() == Status.ERROR && told.compareAndSet(false, true)) {
            System.err.println("reconcile: warning: " + line(status));
        }
    }

    /** What failed and what to do, with the cause's words but not its stack. */
    static String line(Status status) {
        Throwable cause = status.getThrowable();
        String why = cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage().lines().findFirst().orElse("") + ")";
        return Mask.freeText("logging failed: " + status.getMessage() + why + ": check the free space and the rights of the"
                + " log file's disk (--reconcile.log-file=FILE names another file)");
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }
}
