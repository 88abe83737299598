package org.civilaffairs.reconcile;

import org.civilaffairs.reconcile.privacy.Mask;
import picocli.CommandLine;

/** Operators see one masked line saying what went wrong and what to do, never a stack trace. */
public class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("reconcile " + cmd.getCommandName() + ": " + describe(e));
        return 1;
    }

    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof java.sql.SQLException || root instanceof java.net.ConnectException) {
            message = "database unreachable or failing (" + message + "): check spring.datasource.url and that the server is up";
        }
        return Mask.freeText(message.lines().findFirst().orElse(message));
    }
}
