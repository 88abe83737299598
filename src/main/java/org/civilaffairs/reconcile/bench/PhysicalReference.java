package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civilaffairs.reconcile.ingest.CsvRecordReader;
import org.civilaffairs.reconcile.ingest.Encodings;
import org.civilaffairs.reconcile.ingest.FileDigest;

/**
 * What the hardware allows for the same roster files, as yardsticks for ingest: MariaDB's
 * {@code LOAD DATA LOCAL INFILE} into a bare table, H2's own bulk load ({@code CSVREAD}) into a bare
 * table of an H2 file with the run's settings, Commons CSV parsing alone, and the project's own
 * record reader alone (decoding included in all).
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

    /** Columns of a generated roster file, as the bare tables of the database yardsticks hold them. */
    private static final int ROSTER_COLUMNS = 12;

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

    /**
     * Each file in one {@code INSERT … SELECT * FROM CSVREAD(…)} into a bare table of a fresh H2 file
     * with the run's commit setting (WRITE_DELAY=0): the most H2 stores of these rows in a second.
     * The header line is a row here too, and not counted.
     */
    static Rate h2CsvRead(List<Input> files, Path dir) throws SQLException, IOException {
        Target.deleteTree(dir);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0;CACHE_SIZE=131072;USER=sa";
        long rows = 0;
        long start;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE roster_load (" + String.join(", ", IntStream.rangeClosed(1, ROSTER_COLUMNS)
                    .mapToObj(i -> "c" + i + " VARCHAR(2000)").toList()) + ")");
            String columns = String.join(",", IntStream.rangeClosed(1, ROSTER_COLUMNS).mapToObj(i -> "c" + i).toList());
            start = System.nanoTime();
            for (Input f : files) {
                rows += s.executeUpdate("INSERT INTO roster_load SELECT * FROM CSVREAD('"
                        + f.path().toAbsolutePath().toString().replace("'", "''") + "', '" + columns + "', 'charset="
                        + (f.charset().equals(Encodings.GB18030) ? "GB18030" : "UTF-8") + " fieldSeparator=,')");
            }
        } finally {
            Target.deleteTree(dir);
        }
        return new Rate(rows - files.size(), (System.nanoTime() - start) / 1e9);
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
