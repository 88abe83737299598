package org.civilaffairs.reconcile.labels;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/** The database's copy of {@link Labels}: the table {@code code_label}, one row per (kind, code). */
public final class LabelTable {

    private LabelTable() {
    }

    /** A checksum of the labels' every field: it changes when a label is added, removed or reworded. */
    public static int checksum(List<Labels.Label> labels) {
        CRC32 crc = new CRC32();
        for (Labels.Label l : labels) {
            String line = l.kind() + "\u001f" + l.code() + "\u001f" + l.label() + "\u001f" + l.hint() + "\n";
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /** Replaces the table's rows with the labels, numbered from 1 within each kind in their order. */
    public static void fill(Connection connection, List<Labels.Label> labels) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM code_label");
        }
        Map<Labels.Kind, Integer> positions = new EnumMap<>(Labels.Kind.class);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO code_label (kind, code, position, label, hint) VALUES (?, ?, ?, ?, ?)")) {
            for (Labels.Label l : labels) {
                insert.setString(1, l.kind().name());
                insert.setString(2, l.code());
                insert.setInt(3, positions.merge(l.kind(), 1, Integer::sum));
                insert.setString(4, l.label());
                insert.setString(5, l.hint());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
