package org.civilaffairs.reconcile.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * One valid reference row: the person's ID (normalized, 18 characters), its texts by column,
 * and the parsed value a check reads (absent when blank).
 */
public record ReferenceRow(long line, String id, Map<Column, String> texts, BigDecimal amount, LocalDate date,
                           YearMonth month) {

    public String text(Column column) {
        return texts.getOrDefault(column, "");
    }
}
