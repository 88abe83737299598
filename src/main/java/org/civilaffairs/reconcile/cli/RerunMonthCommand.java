package org.civilaffairs.reconcile.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.civilaffairs.reconcile.ops.RunLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rerun-month M}: re-close one month from its staged rows after a policy fix — resolve,
 * check, aggregate, indicators — without reading the inbox, under the policy given or else the one
 * M was last closed with. Only M is re-closed (the next month's aggregates, whose new/exited counts
 * depend on M, are redone too). With {@code --reread-rosters} M's rosters are read again from the
 * archive first, for a fix that changes how a row is read: the policy's street list.
 */
@Command(name = "rerun-month", description = "Re-close one month from its staged data (after a policy fix), without re-ingesting.")
public class RerunMonthCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the month (YYYY-MM)")
    YearMonth month;

    @Option(names = "--policy", description = "policy file (default: the policy the month was last closed with)")
    Path policy;

    @Option(names = "--reread-rosters", description = "read the month's rosters again from the archive under the policy"
            + " (after its street list was fixed: rows rejected as UNKNOWN_STREET are read anew)")
    boolean reread;

    private final RunLauncher launcher;
    private final MonthLedger ledger;

    public RerunMonthCommand(RunLauncher launcher, MonthLedger ledger) {
        this.launcher = launcher;
        this.ledger = ledger;
    }

    @Override
    public Integer call() throws Exception {
        if (!ledger.known(month)) { // refused before a run is made: no restart could mend it
            throw new UsageError("month " + month + " has no staged data to re-close: run it with 'run' first (see 'status')");
        }
        return launcher.rerun(month, policy, reread);
    }
}
