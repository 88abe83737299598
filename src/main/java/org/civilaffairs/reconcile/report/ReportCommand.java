package org.civilaffairs.reconcile.report;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.ExitCodes;
import org.civilaffairs.reconcile.cli.OutputFile;
import org.civilaffairs.reconcile.cli.ReadOnlyCommand;
import org.civilaffairs.reconcile.export.ExportAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report --year Y [--out DIR] [--district NAME]}: the year's self-check table and monthly figures as xlsx and HTML. */
@Command(name = "report", description = "Write the year's performance self-check report (report_YYYY.xlsx and report_YYYY.html).")
public class ReportCommand implements Callable<Integer>, ReadOnlyCommand {

    @Option(names = "--year", required = true, description = "YYYY")
    int year;

    @Option(names = "--out", defaultValue = ".", description = "output folder (default: the current folder)")
    Path out;

    @Option(names = "--district", description = "district name for the title, e.g. 硚口区")
    String district;

    private final ReportStore store;
    private final ExportAudit audit;

    public ReportCommand(ReportStore store, ExportAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    public Integer call() throws Exception {
        OutputFile.folder(out);
        Report report = store.report(year, district);
        if (report == null) {
            System.err.println("reconcile report: no month of " + year + " is closed yet; run the job first");
            return ExitCodes.USAGE;
        }
        Path xlsx = out.resolve("report_" + year + ".xlsx");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(xlsx))) {
            XlsxReport.write(report, stream);
        }
        Path html = out.resolve("report_" + year + ".html");
        Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
        audit.record("report", String.valueOf(year), "xlsx", xlsx, report.indicators().size());
        audit.record("report", String.valueOf(year), "html", html, report.indicators().size());
        System.out.println(xlsx);
        System.out.println(html);
        return 0;
    }
}
