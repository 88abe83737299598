package org.civilaffairs.reconcile.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ops.RunLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rerun-month M}: re-close one month from its staged rows after a policy fix — resolve,
 * check, aggregate, indicators — without reading the inbox. The next month's new/exited counts
 * depend on it, so its aggregates are redone too.
 */
@Command(name = "rerun-month", description = "Re-close one month from its staged data (after a policy fix), without re-ingesting.")
public class RerunMonthCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the month (YYYY-MM)")
    YearMonth month;

    @Option(names = "--policy", description = "policy file (default: jobs/policy.yml)")
    Path policy;

    private final RunLauncher launcher;

    public RerunMonthCommand(RunLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        return launcher.rerun(month, policy);
    }
}
