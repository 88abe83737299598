package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading ahead on a second thread gives the records of reading in place, failures included. */
class ReadAheadTest {

    @ParameterizedTest(name = "{0} lines")
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 20_000})
    void givesTheSameRecords(int lines) {
        String csv = csv(lines);
        List<CsvRecord> direct = new ArrayList<>();
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(csv))) {
            records.next();
            for (CsvRecord r; (r = records.next()) != null; ) {
                direct.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CsvRecord> ahead = new ArrayList<>();
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(csv)); ReadAhead<CsvRecord> reader = ReadAhead.records(records)) {
            for (CsvRecord r; (r = reader.next()) != null; ) {
                ahead.add(r);
            }
            assertThat(reader.next()).isNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(ahead.subList(Math.min(1, ahead.size()), ahead.size())).isEqualTo(direct);
    }

    @Test
    void rethrowsAFailedRead() throws IOException {
        Reader failing = new Reader() {
            private final Reader head = new StringReader(csv(5000));

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int n = head.read(buf, off, len);
                if (n < 0) {
                    throw new IOException("disk gone");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        try (CsvRecordReader records = new CsvRecordReader(failing); ReadAhead<CsvRecord> reader = ReadAhead.records(records)) {
            assertThatThrownBy(() -> {
                while (reader.next() != null) {
                    // drain
                }
            }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
        }
    }

    @Test
    void closingEarlyStopsTheParser() throws IOException {
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(csv(100_000)))) {
            ReadAhead<CsvRecord> reader = ReadAhead.records(records);
            assertThat(reader.next()).isNotNull();
            reader.close();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-read-ahead"));
    }

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 1024, 5000})
    void givesWhatASourceReadsInOrder(int items) {
        List<Integer> ahead = new ArrayList<>();
        try (ReadAhead<Integer> reader = new ReadAhead<>("test-read-ahead", each -> IntStream.range(0, items).forEach(each::accept))) {
            for (Integer i = reader.next(); i != null; i = reader.next()) {
                ahead.add(i);
            }
        }
        assertThat(ahead).isEqualTo(IntStream.range(0, items).boxed().toList());
    }

    @Test
    void closingEarlyStopsASourceThatWrapsWhatItsConsumerThrows() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ReadAhead<Integer> reader = new ReadAhead<>("wrapping-read-ahead", each -> {
                for (int i = 0; ; i++) {
                    try {
                        each.accept(i);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("wrapped", e);
                    }
                }
            });
            assertThat(reader.next()).isZero();
            reader.close();
        });
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("wrapping-read-ahead"));
    }

    private static String csv(int lines) {
        StringBuilder out = new StringBuilder("id,name\n");
        for (int i = 0; i < lines; i++) {
            out.append(i).append(i % 7 == 0 ? ",\"张,三\"\r\n" : ",李四\n").append(i % 11 == 0 ? "  \n" : "");
        }
        return out.toString();
    }
}
