package org.civilaffairs.reconcile.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ops.RunLauncher;
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

    private final RunLauncher launcher;

    public RunCommand(RunLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        return launcher.run(inbox, policy, month == null ? null : month.toString());
    }
}
