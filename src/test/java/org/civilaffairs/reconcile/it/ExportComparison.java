package org.civilaffairs.reconcile.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares an export with the expected one the way the examples' README says: aggregates cell by
 * cell, flags as sets, indicators within 1e-9, rejects by count per (file, reason), files by every
 * count column. Returns the differences, empty when equal.
 */
final class ExportComparison {

    private ExportComparison() {
    }

    static List<String> compare(Path expected, Path actual) throws IOException {
        String kind = expected.getFileName().toString().split("_")[0];
        List<List<String>> e = read(expected);
        List<List<String>> a = read(actual);
        List<String> diffs = new ArrayList<>();
        switch (kind) {
            case "aggregates", "flags" -> sets(e, a, diffs, List.of());
            case "files" -> sets(e, a, diffs, List.of(3, 9));
            case "rejects" -> counts(e, a, diffs);
            case "indicators" -> indicators(e, a, diffs);
            default -> diffs.add("unknown export " + kind);
        }
        return diffs.stream().map(d -> expected.getFileName() + ": " + d).toList();
    }

    private static void sets(List<List<String>> e, List<List<String>> a, List<String> diffs, List<Integer> ignored) {
        Set<List<String>> se = project(e, ignored);
        Set<List<String>> sa = project(a, ignored);
        se.stream().filter(r -> !sa.contains(r)).limit(10).forEach(r -> diffs.add("missing " + r));
        sa.stream().filter(r -> !se.contains(r)).limit(10).forEach(r -> diffs.add("unexpected " + r));
    }

    private static Set<List<String>> project(List<List<String>> rows, List<Integer> ignored) {
        Set<List<String>> out = new HashSet<>();
        for (List<String> row : rows) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (!ignored.contains(i)) {
                    kept.add(row.get(i));
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static void counts(List<List<String>> e, List<List<String>> a, List<String> diffs) {
        Map<String, Integer> ce = reasonCounts(e);
        Map<String, Integer> ca = reasonCounts(a);
        if (!ce.equals(ca)) {
            diffs.add("reject counts differ: expected " + ce + " got " + ca);
        }
    }

    private static Map<String, Integer> reasonCounts(List<List<String>> rows) {
        Map<String, Integer> out = new TreeMap<>();
        rows.stream().skip(1).forEach(r -> out.merge(r.get(0) + " " + r.get(2), 1, Integer::sum));
        return out;
    }

    private static void indicators(List<List<String>> e, List<List<String>> a, List<String> diffs) {
        Map<String, List<String>> byCode = new HashMap<>();
        a.stream().skip(1).forEach(r -> byCode.put(r.get(1), r));
        if (e.size() != a.size()) {
            diffs.add("expected " + (e.size() - 1) + " indicators, got " + (a.size() - 1));
        }
        for (List<String> row : e.subList(1, e.size())) {
            List<String> got = byCode.get(row.get(1));
            for (int i = 2; i <= 4; i++) {
                String want = row.get(i);
                String have = got == null ? null : got.get(i);
                boolean same = want.isEmpty() ? (have != null && have.isEmpty())
                        : have != null && !have.isEmpty() && Math.abs(Double.parseDouble(want) - Double.parseDouble(have)) <= 1e-9;
                if (!same) {
                    diffs.add(row.get(1) + " column " + i + ": expected " + want + " got " + have);
                }
            }
        }
    }

    static List<List<String>> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.parse(reader)) {
                List<String> row = new ArrayList<>(r.toList());
                if (rows.isEmpty() && !row.isEmpty()) {
                    row.set(0, row.get(0).replace("\uFEFF", ""));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
