package org.civilaffairs.reconcile.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.export.CsvWriter;
import org.civilaffairs.reconcile.export.XlsxWriter;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.civilaffairs.reconcile.simulate.Simulation;
import org.civilaffairs.reconcile.simulate.SimulationReport;
import org.civilaffairs.reconcile.simulate.Simulator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate --month M|--year Y --policy DRAFT.yml}: what a draft policy would change, computed
 * from the staged households without writing any table an analyst or an export reads.
 */
@Command(name = "simulate", description = "Re-close closed months under a draft policy in memory and show what would change.")
public class SimulateCommand implements Callable<Integer>, ReadOnlyCommand {

    /** Changed households the terminal view lists before it refers to a file. */
    private static final int HOUSEHOLDS_SHOWN = 20;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Period period;

    @Option(names = "--policy", required = true, description = "the draft policy (validated like a real one)")
    Path draft;

    @Option(names = "--format", description = "text (default without --out), csv (the changed households) or xlsx (summary,"
            + " households, indicators, streets); with --out the default follows the file's extension")
    String format;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    private final Simulator simulator;

    public SimulateCommand(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Integer call() throws Exception {
        String p = period.value();
        String kind = format != null ? format.toLowerCase(Locale.ROOT)
                : out == null ? "text" : out.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        if (!List.of("text", "csv", "xlsx").contains(kind)) {
            throw new UsageError("unknown format '" + format + "': write --format text, csv or xlsx");
        }
        Policy policy = PolicyLoader.load(draft);
        OutputFile.prepare(out, kind);
        List<YearMonth> months = period.isMonth() ? List.of(YearMonth.parse(p)) : simulator.closedMonths(Integer.parseInt(p));
        if (months.isEmpty()) {
            throw new UsageError("no month of " + p + " is closed: run the year's months first (see 'status')");
        }
        Simulation simulation = simulator.simulate(months, policy);
        write(simulation, kind);
        simulator.audit(p, draft.toAbsolutePath().normalize().toString(), policy, kind,
                out == null ? "stdout" : out.toAbsolutePath().normalize().toString(), simulation.changed().size());
        return 0;
    }

    private void write(Simulation simulation, String kind) throws Exception {
        try (OutputStream stream = OutputFile.open(out)) {
            switch (kind) {
                case "csv" -> CsvWriter.write(SimulationReport.changes(simulation), stream);
                case "xlsx" -> XlsxWriter.write(List.of(SimulationReport.summary(simulation),
                        SimulationReport.changesWithReasons(simulation), SimulationReport.indicators(simulation),
                        SimulationReport.streets(simulation)), stream);
                default -> stream.write(SimulationReport.text(simulation, HOUSEHOLDS_SHOWN, draft.toString())
                        .getBytes(StandardCharsets.UTF_8));
            }
            stream.flush();
        }
    }
}
