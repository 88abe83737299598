package org.civilaffairs.reconcile.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.ops.RunLauncher;
import org.civilaffairs.reconcile.remote.Readiness;
import org.civilaffairs.reconcile.remote.RemoteMode;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: ingest the inbox and close every month that changed. */
@Command(name = "run", description = "Ingest new inbox files and reconcile every month that changed.")
public class RunCommand implements Callable<Integer> {

    @Option(names = "--inbox", required = true, description = "inbox folder: <inbox>/<YYYY-MM>/rosters|reference/*.csv")
    Path inbox;

    @Option(names = "--policy", description = "policy file (default: jobs/policy.yml)")
    Path policy;

    @Option(names = "--month", description = "only this month's folder (YYYY-MM)")
    YearMonth month;

    @Option(names = "--remote", description = RemoteMode.REMOTE_HELP)
    boolean remote;

    @Option(names = "--broker", paramLabel = "URI", description = RemoteMode.BROKER_HELP)
    String broker;

    private final RunLauncher launcher;
    private final ObjectProvider<Readiness> readiness;

    public RunCommand(RunLauncher launcher, ObjectProvider<Readiness> readiness) {
        this.launcher = launcher;
        this.readiness = readiness;
    }

    @Override
    public Integer call() throws Exception {
        int refused = remote ? readiness.getObject().check("run", RemoteMode.broker(broker)) : ExitCodes.OK;
        return refused != ExitCodes.OK ? refused : launcher.run(inbox, policy, month == null ? null : month.toString());
    }
}
