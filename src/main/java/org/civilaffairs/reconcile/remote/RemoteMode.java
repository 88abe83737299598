package org.civilaffairs.reconcile.remote;

import java.util.Arrays;

/**
 * The message broker and the beans that reach it exist only in processes that need them: a
 * {@code worker}, and a {@code run} or {@code restart} given {@code --remote}. Every other command,
 * and a plain run, starts without them: no connection attempt, no delay, no log line about a broker.
 */
public final class RemoteMode {

    public static final String PROFILE = "remote";
    public static final String DEFAULT_BROKER = "amqp://guest:guest@127.0.0.1:5672";

    private RemoteMode() {
    }

    /** Whether the command line ({@code command [options]}, no Spring properties) needs the broker. */
    public static boolean wanted(String[] commandArgs) {
        return commandArgs.length > 0 && (commandArgs[0].equals(WorkerCommand.NAME) || Arrays.asList(commandArgs).contains("--remote"));
    }

    /** The broker URI with its password masked, for log lines and messages. */
    static String masked(String uri) {
        return uri.replaceFirst("(//[^:/@]*:)[^@]*@", "$1***@");
    }
}
