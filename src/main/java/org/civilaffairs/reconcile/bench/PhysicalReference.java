package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civilaffairs.reconcile.ingest.CsvRecordReader;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.ingest.FileDigest;

/**
 * What the hardware allows for the same roster files, as yardsticks for ingest: MariaDB's
 * {@code LOAD DATA LOCAL INFILE} into a bare table, Commons CSV parsing alone, and the project's
 * own record reader alone (decoding included in both).
 */
final class PhysicalReference {

    /** Rows and seconds of one yardstick. */
    record Rate(long rows, double seconds) {
        double perSecond() {
            return rows / seconds;
        }
    }

    /** A roster file with the charset the pipeline would read it in. */
    record Input(Path path, Charset charset, boolean crlf) {
        static Input of(Path path) throws IOException {
            boolean crlf;
            try (InputStream in = Files.newInputStream(path)) {
                crlf = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.ISO_8859_1).contains("\r\n");
            }
            return new Input(path, Encodings.byName(FileDigest.of(path).encoding()), crlf);
        }
    }

    private PhysicalReference() {
    }

    static Rate loadData(List<Input> files, String schema) throws SQLException {
        Target.admin("DROP DATABASE IF EXISTS " + schema, "CREATE DATABASE " + schema
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
                "CREATE TABLE " + schema + ".roster_load (c1 VARCHAR(200), c2 VARCHAR(200), c3 VARCHAR(100), c4 VARCHAR(200),"
                        + " c5 VARCHAR(200), c6 VARCHAR(64), c7 VARCHAR(50), c8 VARCHAR(50), c9 VARCHAR(50), c10 VARCHAR(50),"
                        + " c11 VARCHAR(64), c12 VARCHAR(32))");
        long rows = 0;
        long start = System.nanoTime();
        try (Connection c = Target.adminConnection(); Statement s = c.createStatement()) {
            for (Input f : files) {
                rows += s.executeUpdate("LOAD DATA LOCAL INFILE '" + f.path().toAbsolutePath().toString().replace("'", "''")
                        + "' INTO TABLE " + schema + ".roster_load CHARACTER SET "
                        + (f.charset().equals(Encodings.GB18030) ? "gbk" : "utf8mb4")
                        + " FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '"
                        + (f.crlf() ? "\\r\\n" : "\\n") + "' IGNORE 1 LINES");
            }
        } finally {
            Target.admin("DROP DATABASE IF EXISTS " + schema);
        }
        return new Rate(rows, (System.nanoTime() - start) / 1e9);
    }

    static Rate commonsCsv(List<Input> files) throws IOException {
        long rows = 0;
        long start = System.nanoTime();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        for (Input f : files) {
            try (Reader reader = Encodings.open(f.path(), f.charset()); CSVParser parser = format.parse(reader)) {
                for (CSVRecord record : parser) {
                    rows += record.size() > 0 ? 1 : 0;
                }
            }
        }
        return new Rate(rows - files.size(), (System.nanoTime() - start) / 1e9);
    }

    static Rate projectReader(List<Input> files) throws IOException {
        long rows = 0;
        long start = System.nanoTime();
        for (Input f : files) {
            try (Reader reader = Encodings.open(f.path(), f.charset()); CsvRecordReader records = new CsvRecordReader(reader)) {
                while (records.next() != null) {
                    rows++;
                }
            }
        }
        return new Rate(rows - files.size(), (System.nanoTime() - start) / 1e9);
    }
}
