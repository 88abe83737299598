package org.civilaffairs.reconcile.remote;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.ops.GracefulStop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code worker}: runs partitions of remote runs until SIGTERM, which lets the partitions in hand finish first. */
@Command(name = WorkerCommand.NAME, description = "Serve the partitions of 'run --remote' until stopped (SIGTERM: after the"
        + " partitions in hand). Needs the manager's database and a shared reconcile.archive-dir.")
public class WorkerCommand implements Callable<Integer> {

    static final String NAME = "worker";
    private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

    @Option(names = "--broker", paramLabel = "URI", description = RemoteMode.BROKER_HELP)
    String broker;

    private final Readiness readiness;
    private final Worker worker;
    private final GracefulStop stop;
    private final String queue;

    WorkerCommand(Readiness readiness, Worker worker, GracefulStop stop,
                  @Value("${reconcile.remote.queue:reconcile.partitions}") String queue) {
        this.readiness = readiness;
        this.worker = worker;
        this.stop = stop;
        this.queue = queue;
    }

    @Override
    public Integer call() throws InterruptedException {
        String uri = RemoteMode.broker(broker);
        int refused = readiness.check(NAME, uri);
        if (refused != ExitCodes.OK) {
            return refused;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        stop.serving(() -> new Thread(() -> {
            worker.stop();
            stopped.countDown();
        }, "worker-stop").start());
        worker.start();
        log.info("worker: serving partitions from queue {} at {}", queue, RemoteMode.masked(uri));
        stopped.await();
        log.info("worker: stopped");
        return ExitCodes.OK;
    }
}
