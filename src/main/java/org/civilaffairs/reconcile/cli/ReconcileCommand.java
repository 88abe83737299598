package org.civilaffairs.reconcile.cli;

import java.util.Arrays;
import org.civilaffairs.reconcile.bench.BenchmarkCommand;
import org.civilaffairs.reconcile.bench.GenerateCommand;
import org.civilaffairs.reconcile.feedback.FeedbackCommand;
import org.civilaffairs.reconcile.remote.WorkerCommand;
import org.civilaffairs.reconcile.report.ReportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code reconcile <command>}: the operator's and the scheduler's surface (CONTRACT §12). */
@Command(name = "reconcile", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "reconcile 0.1.0",
        description = "Monthly reconciliation of social-assistance rosters (花名册核对).",
        subcommands = {RunCommand.class, ExportCommand.class, ExplainCommand.class, ReportCommand.class, StatusCommand.class,
                RecoverCommand.class, RestartCommand.class, StopCommand.class, AbandonCommand.class, RerunMonthCommand.class,
                PurgeCommand.class, ScheduleCommand.class, SimulateCommand.class, FeedbackCommand.class,
                GenerateCommand.class, BenchmarkCommand.class, WorkerCommand.class})
public class ReconcileCommand {

    /** Whether {@code name} is a command that only reads the database ({@link ReadOnlyCommand}); its class is not instantiated. */
    public static boolean readOnly(String name) {
        return Arrays.stream(ReconcileCommand.class.getAnnotation(Command.class).subcommands())
                .anyMatch(c -> c.getAnnotation(Command.class).name().equals(name) && ReadOnlyCommand.class.isAssignableFrom(c));
    }
}
