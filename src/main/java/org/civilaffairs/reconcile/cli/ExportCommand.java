package org.civilaffairs.reconcile.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.export.CsvWriter;
import org.civilaffairs.reconcile.export.ExportAudit;
import org.civilaffairs.reconcile.export.ExportTable;
import org.civilaffairs.reconcile.export.Exports;
import org.civilaffairs.reconcile.export.XlsxWriter;
import org.civilaffairs.reconcile.job.MonthLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export aggregates|flags|indicators|rejects|files|suspects --month M|--year Y [--format csv|xlsx] [--out FILE]}. */
@Command(name = "export", description = "Write an export (CONTRACT §11) to a file or standard output.")
public class ExportCommand implements Callable<Integer>, ReadOnlyCommand {

    @Parameters(index = "0", description = "aggregates, flags, indicators, rejects, files or suspects (probable duplicates)")
    String what;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Period period;

    @Option(names = "--format", defaultValue = "csv", description = "csv or xlsx")
    String format;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    private final Exports exports;
    private final ExportAudit audit;
    private final JdbcTemplate jdbc;
    private final MonthLedger ledger;

    public ExportCommand(Exports exports, ExportAudit audit, JdbcTemplate jdbc, MonthLedger ledger) {
        this.exports = exports;
        this.audit = audit;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Override
    public Integer call() throws Exception {
        Exports.Kind kind = kind(what);
        String p = period.value();
        if (!"csv".equalsIgnoreCase(format) && !"xlsx".equalsIgnoreCase(format)) {
            throw new UsageError("unknown format '" + format + "': write --format csv or --format xlsx");
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM inbox_file WHERE month LIKE ?", Integer.class, p + "%") == 0) {
            throw new UsageError("no month of " + p + " has been run: 'run --inbox DIR' it first (see 'status')");
        }
        if (kind != Exports.Kind.FILES) { // the files' accounting is ingest's: it helps find why a run failed
            ledger.requireClosed(p);
        }
        OutputFile.prepare(out, format);
        ExportTable table = exports.table(kind, p);
        try (OutputStream stream = OutputFile.open(out)) {
            if ("xlsx".equalsIgnoreCase(format)) {
                XlsxWriter.write(table, stream);
            } else {
                CsvWriter.write(table, stream);
            }
            stream.flush();
        }
        audit.record(kind.name().toLowerCase(Locale.ROOT), p, format.toLowerCase(Locale.ROOT), out, table.rows().size());
        return 0;
    }

    private static Exports.Kind kind(String what) {
        try {
            return Exports.Kind.valueOf(what.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("unknown export '" + what + "': write aggregates, flags, indicators, rejects, files or suspects");
        }
    }
}
