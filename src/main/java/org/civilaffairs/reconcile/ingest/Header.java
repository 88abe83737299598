package org.civilaffairs.reconcile.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A file's header matched against the columns it may carry (CONTRACT §2). */
public final class Header {

    private final Map<Column, Integer> positions = new HashMap<>();
    private final List<String> unknown = new ArrayList<>();
    /** Cells naming a column an earlier cell already named: only the first is read. */
    private final List<String> repeated = new ArrayList<>();
    private final int width;

    private Header(int width) {
        this.width = width;
    }

    /** A file's first non-blank record read as its header, or why the file cannot be used. */
    public record Outcome(Header header, FileProblem problem) {
    }

    /** Reads the header; when the file cannot be used, counts its remaining lines for the file's status. */
    public static Outcome read(CsvRecordReader records, List<Column> columns) {
        CsvRecord first = records.next();
        if (first == null) {
            return new Outcome(null, new FileProblem("empty file", 0));
        }
        if (first.broken()) {
            return new Outcome(null, new FileProblem("unreadable header (unclosed quote or too long)",
                    records.countRemainingNonBlankLines()));
        }
        Header header = match(first.fields(), columns);
        return header.missingRequired(columns)
                .map(c -> new Outcome(null, new FileProblem("missing column " + c.canonical(), records.countRemainingNonBlankLines())))
                .orElseGet(() -> new Outcome(header, null));
    }

    public static Header match(List<String> cells, List<Column> columns) {
        Header header = new Header(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String cell = Text.clean(cells.get(i));
            Optional<Column> column = columns.stream().filter(c -> c.matches(cell)).findFirst();
            if (column.isPresent()) {
                Integer first = header.positions.putIfAbsent(column.get(), i);
                if (first != null) {
                    header.repeated.add(shortened(cell) + " (column " + (i + 1) + ", " + column.get().canonical() + " is read from column "
                            + (first + 1) + ")");
                }
            } else {
                header.unknown.add(cell);
            }
        }
        return header;
    }

    /** The first required column the header lacks, if any. */
    public Optional<Column> missingRequired(List<Column> columns) {
        return columns.stream().filter(c -> c.required() && !positions.containsKey(c)).findFirst();
    }

    public int position(Column column) {
        return positions.getOrDefault(column, -1);
    }

    public List<String> unknownColumns() {
        return unknown;
    }

    public List<String> repeatedColumns() {
        return repeated;
    }

    /** A header cell as a log names it: a hostile header must not flood the log. */
    static String shortened(String cell) {
        return cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
    }

    public int width() {
        return width;
    }

    /** The cleaned value of a column in a record, "" when the column is absent. */
    public String value(CsvRecord record, Column column) {
        return Text.clean(record.field(position(column)));
    }
}
