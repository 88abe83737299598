package org.civilaffairs.reconcile.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.civilaffairs.reconcile.ingest.InboxFiles;
import org.civilaffairs.reconcile.ingest.StagedRowId;
import org.civilaffairs.reconcile.labels.Labels;
import org.civilaffairs.reconcile.ops.ProcessCheck;
import org.civilaffairs.reconcile.privacy.Mask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads a month's rejected roster rows and flagged households from the tables the exports read,
 * sorted into offices, and keeps the items of every feedback issued ({@code feedback_issue},
 * {@code feedback_item}: masked text only) for the next round.
 */
@Repository
public class FeedbackStore {

    /** Separates a stored item's cells; a cell that holds it (a hostile roster line) has it replaced by a space. */
    private static final String CELL_SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;

    public FeedbackStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The month's items of every office that has any, by office in code-point order. */
    public Map<String, OfficeMonth> month(String month) {
        Map<String, OfficeMonth> offices = new TreeMap<>();
        Set<String> streets = new TreeSet<>(jdbc.queryForList("SELECT DISTINCT street FROM household WHERE month = ?",
                String.class, month));
        List<RejectedRow> rejects = rejectedRows(month);
        rejects.stream().filter(RejectedRow::streetKnown).forEach(r -> streets.add(r.street()));
        for (RejectedRow r : rejects) {
            String office = r.streetKnown() ? r.street() : Offices.sender(r.file(), streets);
            offices.computeIfAbsent(office, OfficeMonth::empty).rejects().add(r.item());
        }
        flags(month).forEach((household, flags) -> {
            OfficeMonth office = offices.computeIfAbsent(household.get(0), OfficeMonth::empty);
            office.flags().add(flagItem(household.get(1), household.get(2), flags));
            crossStreet(household, flags.get("DUPLICATE_ENROLLMENT")).forEach(office.crossStreet()::add);
        });
        jdbc.query("SELECT file_name, status, note FROM inbox_file WHERE month = ? AND kind = 'roster' AND replaced_by IS NULL"
                + " ORDER BY file_name", rs -> {
                    OfficeMonth.SentFile file = new OfficeMonth.SentFile(rs.getString(1), rs.getString(2), rs.getString(3));
                    offices.computeIfAbsent(Offices.sender(file.fileName(), streets), OfficeMonth::empty).files().add(file);
                }, month);
        return offices;
    }

    /** The items of the office's latest feedback of the month, or null when none was issued. */
    public List<IssuedItem> previous(String month, String office) {
        Long issue = latestIssue(month, office);
        if (issue == null) {
            return null;
        }
        return jdbc.query("SELECT kind, item_key, codes, cells, status FROM feedback_item WHERE issue_id = ? ORDER BY position",
                (rs, i) -> new IssuedItem(new FeedbackItem(FeedbackItem.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), Arrays.asList(rs.getString(4).split(CELL_SEPARATOR, -1))),
                        ItemStatus.valueOf(rs.getString(5))), issue);
    }

    /** The offices that have had a feedback of the month. */
    public List<String> issuedOffices(String month) {
        return jdbc.queryForList("SELECT DISTINCT office FROM feedback_issue WHERE month = ?", String.class, month);
    }

    /** How many feedbacks of the month the office has had. */
    public int issuesSoFar(String month, String office) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM feedback_issue WHERE month = ? AND office = ?", Integer.class, month, office);
    }

    /** Records a feedback issued and its items, so that the next one can tell what was corrected. */
    public void save(String month, String office, String fileName, List<IssuedItem> items) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO feedback_issue (month, office, issued_at, issued_by, file_name)"
                    + " VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, month);
            ps.setString(2, office);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setString(4, System.getProperty("user.name", "unknown") + "@" + ProcessCheck.hostName());
            ps.setString(5, fileName);
            return ps;
        }, key);
        long issue = key.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FeedbackItem item = items.get(i).item();
            rows.add(new Object[] {issue, i, item.kind().name(), item.key(), item.codes(),
                    String.join(CELL_SEPARATOR, item.cells().stream().map(c -> c.replace(CELL_SEPARATOR, " ")).toList()),
                    items.get(i).status().name()});
        }
        jdbc.batchUpdate("INSERT INTO feedback_item (issue_id, position, kind, item_key, codes, cells, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private Long latestIssue(String month, String office) {
        List<Long> ids = jdbc.queryForList("SELECT MAX(id) FROM feedback_issue WHERE month = ? AND office = ?", Long.class,
                month, office);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** A rejected roster row of the month, as the rejects export lists it (not superseded, file not replaced). */
    private record RejectedRow(String file, long line, String reason, String street, boolean streetKnown, String program,
                               boolean programKnown, String householdId, String name, String raw) {

        FeedbackItem item() {
            String programText = programKnown ? Labels.program(program) : program;
            Labels.Label reason = Labels.of(Labels.Kind.REJECT_REASON, this.reason);
            String key = householdId.isBlank() ? this.reason + "|" + raw
                    : String.join("|", this.reason, street, program, householdId, name);
            return new FeedbackItem(FeedbackItem.Kind.REJECT, key, this.reason, List.of(shortName(file), String.valueOf(line),
                    programText, householdId, reason.label() + "：" + reason.hint(), Mask.freeText(raw)));
        }
    }

    private List<RejectedRow> rejectedRows(String month) {
        return jdbc.query("SELECT f.file_name, r.line_no, r.reason, r.street, r.street_known, r.program, r.program_known,"
                        + " r.household_id, r.name, r.raw_masked FROM inbox_file f JOIN roster_row r ON " + StagedRowId.OF_FILE
                        + " WHERE " + InboxFiles.CURRENT_FILES + " AND r.outcome = 'REJECTED' AND r.superseded = FALSE"
                        + " ORDER BY f.file_name, r.line_no",
                (rs, i) -> new RejectedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), nullToEmpty(rs.getString(10))), month);
    }

    /** Each flagged household (street, program, household) with its evidence by flag, flags in code order. */
    private Map<List<String>, Map<String, String>> flags(String month) {
        Map<List<String>, Map<String, String>> households = new TreeMap<>((a, b) -> String.join("\u0000", a)
                .compareTo(String.join("\u0000", b)));
        jdbc.query("SELECT street, program, household_id, flag, evidence FROM household_flag WHERE month = ?", rs -> {
            households.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), rs.getString(3)), k -> new TreeMap<>())
                    .put(rs.getString(4), rs.getString(5));
        }, month);
        return households;
    }

    private static FeedbackItem flagItem(String program, String householdId, Map<String, String> flags) {
        List<String> labels = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        flags.forEach((flag, text) -> {
            labels.add(Labels.flag(flag));
            evidence.add(EvidenceText.render(flag, text));
            hints.add("【" + Labels.flag(flag) + "】" + Labels.of(Labels.Kind.FLAG, flag).hint());
        });
        return new FeedbackItem(FeedbackItem.Kind.FLAG, program + "|" + householdId, String.join(";", flags.keySet()),
                List.of(Labels.program(program), householdId, String.join("、", labels), String.join("\n", evidence),
                        String.join("\n", hints)));
    }

    private static List<OfficeMonth.CrossStreet> crossStreet(List<String> household, String duplicateEvidence) {
        if (duplicateEvidence == null) {
            return List.of();
        }
        return EvidenceText.elsewhere(duplicateEvidence).stream().filter(e -> !e.street().equals(household.get(0)))
                .map(e -> new OfficeMonth.CrossStreet(Labels.program(household.get(1)), household.get(2), e)).toList();
    }

    private static String shortName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
