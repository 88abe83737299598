package org.civilaffairs.reconcile.export;

import java.util.List;

/** An export as rows of text cells under a header; {@code numeric} marks the columns that hold numbers. */
public record ExportTable(String name, List<String> header, List<List<String>> rows, List<Boolean> numeric) {
}
