package org.civilaffairs.reconcile.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * The processor time a database server on this machine spends during a run: with the child's own,
 * it shows how much of the machine's cores a run keeps busy.
 */
final class ServerCpu {

    private final Optional<ProcessHandle> server;
    private final Duration before;

    private ServerCpu(Optional<ProcessHandle> server) {
        this.server = server;
        this.before = used();
    }

    /** Starts counting the time of the local MariaDB or MySQL server, if this machine runs one that can be seen. */
    static ServerCpu start() {
        return new ServerCpu(ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst());
    }

    /** The server's processor time since {@link #start}, empty when no server could be seen. */
    Optional<Duration> spent() {
        return server.isEmpty() ? Optional.empty() : Optional.of(used().minus(before));
    }

    private Duration used() {
        return server.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }
}
