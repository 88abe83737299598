package org.civilaffairs.reconcile.remote;

import java.util.Arrays;

/**
 * The message broker and the beans that reach it exist only in processes that need them: a
 * {@code worker}, and a {@code run} or {@code restart} given {@code --remote}. Every other command,
 * and a plain run, starts without them: no connection attempt, no delay, no log line about a broker.
 */
public final class RemoteMode {

    public static final String PROFILE = "remote";
    /** A worker leaves the schema as the manager's release migrated it: a worker of a newer release must not migrate it. */
    public static final String WORKER_PROFILE = "worker";
    public static final String DEFAULT_BROKER = "amqp://guest:guest@127.0.0.1:5672";
    /** The help of {@code --remote} and {@code --broker} (options of each command, not a mixin: help is built without instances). */
    public static final String REMOTE_HELP = "run the partitions of the partitioned steps on worker processes ('worker')"
            + " over the message broker; needs MySQL/MariaDB and a shared reconcile.archive-dir";
    public static final String BROKER_HELP = "message broker (default: " + DEFAULT_BROKER + ")";

    private RemoteMode() {
    }

    /** Whether the command line ({@code command [options]}, no Spring properties) needs the broker. */
    public static boolean wanted(String[] commandArgs) {
        return worker(commandArgs) || Arrays.asList(commandArgs).contains("--remote");
    }

    /** Whether the command line starts a worker. */
    public static boolean worker(String[] commandArgs) {
        return commandArgs.length > 0 && commandArgs[0].equals(WorkerCommand.NAME);
    }

    /** The broker given on the command line, or the default one. */
    public static String broker(String given) {
        return given == null ? DEFAULT_BROKER : given;
    }

    /** The broker URI with its password masked, for log lines and messages. */
    static String masked(String uri) {
        return uri.replaceFirst("(//[^:/@]*:)[^@]*@", "$1***@");
    }
}
