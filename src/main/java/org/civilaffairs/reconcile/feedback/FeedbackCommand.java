package org.civilaffairs.reconcile.feedback;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.civilaffairs.reconcile.UsageError;
import org.civilaffairs.reconcile.cli.OutputFile;
import org.civilaffairs.reconcile.cli.ReadOnlyCommand;
import org.civilaffairs.reconcile.export.ExportAudit;
import org.civilaffairs.reconcile.job.MonthLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feedback --month M [--street 街道] [--out DIR] [--due DATE]}: one workbook per street office
 * ({@code <街道>_<M>_核对反馈.xlsx}) with its rejected rows, flagged households and cross-street
 * duplicates; a second feedback of the month marks each item of the first 已改正 or 仍存在.
 */
@Command(name = "feedback", description = "Write each street office's feedback workbook of a month (<街道>_<YYYY-MM>_核对反馈.xlsx).")
public class FeedbackCommand implements Callable<Integer>, ReadOnlyCommand {

    @Option(names = "--month", required = true, description = "YYYY-MM")
    String month;

    @Option(names = "--street", description = "only this office (default: every office with rows, flags or files in the month)")
    String street;

    @Option(names = "--out", defaultValue = ".", description = "output folder (default: the current folder)")
    Path out;

    @Option(names = "--due", description = "answer due by YYYY-MM-DD (default: the 15th of the next month)")
    LocalDate due;

    private final FeedbackStore store;
    private final ExportAudit audit;
    private final MonthLedger ledger;

    public FeedbackCommand(FeedbackStore store, ExportAudit audit, MonthLedger ledger) {
        this.store = store;
        this.audit = audit;
        this.ledger = ledger;
    }

    @Override
    public Integer call() throws Exception {
        if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            System.err.println("reconcile feedback: --month must be YYYY-MM, e.g. 2019-07");
            return 2;
        }
        OutputFile.folder(out);
        ledger.requireClosed(month);
        Map<String, OfficeMonth> now = store.month(month);
        Map<String, OfficeMonth> before = store.month(YearMonth.parse(month).minusMonths(1).toString());
        Set<String> offices = new TreeSet<>(now.keySet());
        offices.addAll(store.issuedOffices(month));
        if (offices.isEmpty()) {
            throw new UsageError("no roster of " + month + " has been ingested: run the job first (see 'status')");
        }
        if (street != null && !offices.contains(street)) {
            throw new UsageError("'" + street + "' sent nothing for " + month + "; offices of the month: " + String.join(", ", offices));
        }
        for (String office : street != null ? Set.of(street) : offices) {
            System.out.println(issue(office, now.getOrDefault(office, OfficeMonth.empty(office)),
                    before.getOrDefault(office, OfficeMonth.empty(office))));
        }
        return 0;
    }

    /** Writes and records one office's feedback; returns the workbook's path. */
    private Path issue(String office, OfficeMonth now, OfficeMonth before) throws Exception {
        List<FeedbackItem> current = new ArrayList<>(now.rejects());
        current.addAll(now.flags());
        List<IssuedItem> items = RoundTrip.compare(current, store.previous(month, office));
        Feedback feedback = new Feedback(office, month, store.issuesSoFar(month, office) + 1,
                due != null ? due : YearMonth.parse(month).plusMonths(1).atDay(15),
                of(items, FeedbackItem.Kind.REJECT), of(items, FeedbackItem.Kind.FLAG), now.crossStreet(), now.files(),
                now.counts(), before.counts());
        Path file = out.resolve(Offices.workbookName(office, month));
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
            FeedbackWorkbook.write(feedback, stream);
        }
        store.save(month, office, file.getFileName().toString(), items);
        audit.record("feedback", month, "xlsx", file, items.size());
        return file;
    }

    private static List<IssuedItem> of(List<IssuedItem> items, FeedbackItem.Kind kind) {
        return items.stream().filter(i -> i.item().kind() == kind).toList();
    }
}
