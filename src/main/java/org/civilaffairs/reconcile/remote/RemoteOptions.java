package org.civilaffairs.reconcile.remote;

import picocli.CommandLine.Option;

/** {@code --remote [--broker URI]} of the commands that run the job. */
public class RemoteOptions {

    @Option(names = "--remote", description = "run the partitions of resolve, check and aggregate on worker processes"
            + " ('worker') over the message broker; needs MySQL/MariaDB and a shared reconcile.archive-dir")
    boolean remote;

    @Option(names = "--broker", paramLabel = "URI", description = "message broker (default: " + RemoteMode.DEFAULT_BROKER + ")")
    String broker;

    public boolean remote() {
        return remote;
    }

    /** The broker given, or the default one. */
    public String broker() {
        return broker == null ? RemoteMode.DEFAULT_BROKER : broker;
    }
}
