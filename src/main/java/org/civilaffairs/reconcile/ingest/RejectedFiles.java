package org.civilaffairs.reconcile.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civilaffairs.reconcile.labels.Labels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inbox files rejected whole, or most of whose rows were rejected. A few rejects are an office's
 * typing, reported in the rejects and the street's feedback like any other. A roster rejected whole
 * or mostly is a roster of another district, a policy without this district's streets, or a column
 * missing or filled wrong throughout, and its households leave the month with nothing but rejects
 * to show for it; a reference extract so is a broken export, and the checks against it miss what it
 * would have shown. The run says so as a notice (its exit code stays: rows rejected for bad data do
 * not change how a run ends). When every roster file a run loaded for a month is mostly rejected,
 * the month is one notice: the policy or the whole delivery is the likelier fault. The notice comes
 * with the run that read the file: the run that registered it, or a {@code rerun-month --reread-rosters}.
 */
@Repository
public class RejectedFiles {

    private static final String OF_RUN = " AND replaced_by IS NULL AND " + InboxFiles.OF_JOB_INSTANCE;
    private static final String LOADED = " AND status = 'LOADED'" + OF_RUN;
    /** A file refused as it was changing is read again by the next run, which its own note says. */
    private static final String REFUSED = "SELECT month, file_name, kind, note, encoding FROM inbox_file WHERE status = 'REJECTED'"
            + " AND unstable = FALSE" + OF_RUN + " ORDER BY month, file_name";
    private static final String MOSTLY_REJECTED = "SELECT id, month, file_name, rows_read, rows_rejected FROM inbox_file"
            + " WHERE kind %s '" + InboxFile.ROSTER + "' AND rows_rejected * 2 > rows_read" + LOADED + " ORDER BY month, file_name";
    private static final String LOADED_ROSTERS = "SELECT month, COUNT(*) FROM inbox_file WHERE kind = '" + InboxFile.ROSTER
            + "'" + LOADED + " GROUP BY month";
    private static final String ROSTER_REASONS = "SELECT reason, COUNT(*), MIN(CASE WHEN street_known THEN NULL ELSE street END)"
            + " FROM roster_row WHERE " + StagedRowId.IN_FILE + " AND outcome = 'REJECTED' AND superseded = FALSE GROUP BY reason";
    private static final String REFERENCE_REASONS = "SELECT reason, COUNT(*), NULL FROM reference_reject WHERE file_id = ?"
            + " GROUP BY reason";
    private static final String UNKNOWN_STREET = RejectReason.UNKNOWN_STREET.name();

    private static final String CHANGING = "SELECT month, file_name FROM inbox_file WHERE unstable = TRUE" + OF_RUN
            + " ORDER BY month, file_name";

    private final JdbcTemplate jdbc;

    public RejectedFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The notices for the files the executions of one job instance read ({@link InboxFiles#OF_JOB_INSTANCE}):
     * those rejected whole, then rosters, then reference extracts most of whose rows were.
     */
    public List<InputWarning> found(long jobInstanceId) {
        Map<String, Integer> loadedRosters = new TreeMap<>();
        jdbc.query(LOADED_ROSTERS, rs -> {
            loadedRosters.put(rs.getString(1), rs.getInt(2));
        }, jobInstanceId);
        List<InputWarning> notices = new ArrayList<>(jdbc.query(REFUSED, (rs, i) -> refusedNotice(rs.getString(1),
                rs.getString(2), InboxFile.ROSTER.equals(rs.getString(3)), rs.getString(4) + readAs(rs.getString(4), rs.getString(5))),
                jobInstanceId));
        notices.addAll(rosterNotices(mostlyRejected("=", jobInstanceId, id -> mainReason(
                ROSTER_REASONS, StagedRowId.firstOf(id), StagedRowId.lastOf(id))), month -> loadedRosters.getOrDefault(month, 0)));
        mostlyRejected("<>", jobInstanceId, id -> mainReason(REFERENCE_REASONS, id))
                .forEach(f -> notices.add(referenceNotice(f)));
        return notices;
    }

    /**
     * The files the executions of one job instance refused because they changed while being archived
     * (still being uploaded): warnings, not notices, since their months were closed without them.
     */
    public List<InputWarning> changing(long jobInstanceId) {
        return jdbc.query(CHANGING, (rs, i) -> new InputWarning(rs.getString(1) + "/" + rs.getString(2), "it changed while being"
                + " copied into the archive (still being written?), so this run went without it", "let the upload finish: the"
                + " next run reads it"), jobInstanceId);
    }

    private List<MostlyRejected> mostlyRejected(String kind, long jobInstanceId, Function<Long, Reason> reasons) {
        // a file whose rejected rows a later roster superseded all has nothing left to correct
        return jdbc.query(MOSTLY_REJECTED.formatted(kind), (rs, i) -> new MostlyRejected(rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getLong(5), reasons.apply(rs.getLong(1))), jobInstanceId).stream()
                .filter(f -> f.reason().rows() > 0).toList();
    }

    /** The reason most of a file's rejected rows share, with the first street of its unknown ones. */
    private Reason mainReason(String query, Object... file) {
        List<Reason> reasons = jdbc.query(query, (rs, i) -> new Reason(rs.getString(1), rs.getLong(2), rs.getString(3)), file);
        return reasons.stream().max(Reason.MOST).orElse(new Reason("", 0, null));
    }

    /** A rejected row's reason, how many rows of a file it rejected and, for UNKNOWN_STREET, one of the streets. */
    record Reason(String code, long rows, String street) {

        static final Comparator<Reason> MOST = Comparator.comparingLong(Reason::rows)
                .thenComparing(Reason::code, Comparator.reverseOrder());

        String text() {
            String label = Labels.rejectReason(code);
            return rows + " as " + code + (label.equals(code) ? "" : " (" + label + ")")
                    + (code.equals(UNKNOWN_STREET) && street != null ? ", such as '" + street + "'" : "");
        }
    }

    /** A loaded file (its name under the month's folder) most of whose rows were rejected. */
    record MostlyRejected(String month, String file, long rows, long rejected, Reason reason) {

        String problem() {
            return rejected + " of its " + rows + " rows were rejected, " + reason.text();
        }
    }

    /** @param loadedRosters how many roster files of a month the run loaded */
    static List<InputWarning> rosterNotices(List<MostlyRejected> rosters, Function<String, Integer> loadedRosters) {
        Map<String, List<MostlyRejected>> byMonth = rosters.stream()
                .collect(Collectors.groupingBy(MostlyRejected::month, TreeMap::new, Collectors.toList()));
        List<InputWarning> notices = new ArrayList<>();
        byMonth.forEach((month, ofMonth) -> {
            if (ofMonth.size() > 1 && ofMonth.size() == loadedRosters.apply(month)) {
                notices.add(monthNotice(month, ofMonth));
            } else {
                ofMonth.forEach(f -> notices.add(rosterNotice(f)));
            }
        });
        return notices;
    }

    private static InputWarning monthNotice(String month, List<MostlyRejected> rosters) {
        Map<String, Reason> reasons = new TreeMap<>();
        rosters.forEach(f -> reasons.merge(f.reason().code(), f.reason(),
                (a, b) -> new Reason(a.code(), a.rows() + b.rows(), a.street() != null ? a.street() : b.street())));
        Reason main = reasons.values().stream().max(Reason.MOST).orElseThrow();
        long rows = rosters.stream().mapToLong(MostlyRejected::rows).sum();
        long rejected = rosters.stream().mapToLong(MostlyRejected::rejected).sum();
        return new InputWarning(month, "most rows of every roster file (" + rosters.size() + ") were rejected: " + rejected
                + " of " + rows + ", " + main.text(), main.code().equals(UNKNOWN_STREET)
                        ? "check that --policy is this district's and lists its streets, then read the month's rosters again"
                                + " under it: 'rerun-month " + month + " --policy FILE --reread-rosters'"
                        : "check the month's delivery: 'export rejects --month " + month + "' lists every row and why");
    }

    private static InputWarning rosterNotice(MostlyRejected roster) {
        return new InputWarning(roster.month() + "/" + roster.file(), roster.problem(), roster.reason().code().equals(UNKNOWN_STREET)
                ? "if it is this district's roster, the office writes the district's street names ('feedback --month "
                        + roster.month() + "' lists its rows), or the policy lists the name as an alias and 'rerun-month "
                        + roster.month() + " --policy FILE --reread-rosters' reads the month's rosters again; if not, it was"
                        + " sent here by mistake"
                : "'feedback --month " + roster.month() + "' tells the street office what to correct; its corrected"
                        + " roster, sent under a new name, replaces this one");
    }

    /**
     * Why a header the office sees whole can miss a column: a file not valid UTF-8 throughout is read
     * as GB18030 (CONTRACT §2), so one line pasted from a file of the other encoding garbles its header.
     */
    static String readAs(String note, String encoding) {
        return note != null && note.startsWith("missing column") && FileDigest.GB18030.equals(encoding) ? " (read as GB18030,"
                + " since it is not UTF-8 throughout: if its header shows that column, it mixes encodings, a line pasted from"
                + " another file perhaps: save it whole as UTF-8)" : "";
    }

    static InputWarning refusedNotice(String month, String file, boolean roster, String note) {
        if (!roster && ReferenceSource.UNKNOWN_NOTE.equals(note)) {
            return new InputWarning(month + "/" + file, "the file was rejected whole: " + note, "rename it after its source, one"
                    + " of " + ReferenceSource.fileNames() + " (the next run reads it); until then the month's checks take the source"
                    + " from the latest earlier month that has it, if any");
        }
        return new InputWarning(month + "/" + file, "the file was rejected whole: " + note, roster
                ? "its households are left out of the month: ask the street office for a corrected roster and put it in "
                        + month + "/rosters/ under the same name"
                : "the month's checks take this source from the latest earlier month that has it, if any: ask the agency"
                        + " for a corrected extract and put it in " + month + "/reference/ under the same name");
    }

    static InputWarning referenceNotice(MostlyRejected extract) {
        return new InputWarning(extract.month() + "/" + extract.file(), extract.problem(), "the checks against it miss these"
                + " rows: ask the agency for a corrected extract ('export rejects --month " + extract.month()
                + "' lists every row and why) and put it in " + extract.month() + "/reference/ under the same name");
    }
}
