package org.civilaffairs.reconcile.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a month's data holds for one office: its rejected rows, its flagged households, its
 * households with a member enrolled in another street, and the roster files it sent.
 */
public record OfficeMonth(String office, List<FeedbackItem> rejects, List<FeedbackItem> flags,
                          List<CrossStreet> crossStreet, List<SentFile> files) {

    /** A household of this office one of whose members is also enrolled in another street's household. */
    public record CrossStreet(String program, String householdId, EvidenceText.Elsewhere elsewhere) {
    }

    /** A roster file of the month, by the name the office gave it; {@code note} says why it was refused whole. */
    public record SentFile(String fileName, String status, String note) {
    }

    static OfficeMonth empty(String office) {
        return new OfficeMonth(office, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** What the 汇总 sheet compares month against month. */
    public record Counts(Map<String, Integer> byCode, int rejectedRows, int flaggedHouseholds) {

        /** Rows with this reject reason, or households with this flag. */
        public int of(String code) {
            return byCode.getOrDefault(code, 0);
        }
    }

    /** Rows per reject reason and households per flag. */
    public Counts counts() {
        Map<String, Integer> byCode = new TreeMap<>();
        rejects.forEach(r -> byCode.merge(r.codes(), 1, Integer::sum));
        for (FeedbackItem f : flags) {
            for (String flag : f.codes().split(";")) {
                byCode.merge(flag, 1, Integer::sum);
            }
        }
        return new Counts(byCode, rejects.size(), flags.size());
    }
}
