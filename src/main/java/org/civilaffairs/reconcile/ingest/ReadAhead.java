package org.civilaffairs.reconcile.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a CSV file on a second thread, a few chunks of records ahead of the thread that uses
 * them. Decoding and splitting a file costs about as much as validating and storing its rows, and
 * the machine has two cores: the registry pass, the reference streams and roster staging each run
 * nearly twice as fast. A failure of the parsing thread is rethrown to the consumer; closing stops
 * the parsing thread, so a consumer that gives up early leaves nothing running.
 */
public final class ReadAhead implements AutoCloseable {

    private static final int CHUNK = 1024;
    private static final List<CsvRecord> END = List.of();

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(8);
    private final Thread parser;
    private Iterator<CsvRecord> current = END.iterator();
    private boolean ended;

    /** Starts reading the records that follow what was already read of {@code records}. */
    public ReadAhead(CsvRecordReader records) {
        parser = new Thread(() -> parse(records), "csv-read-ahead");
        parser.setDaemon(true);
        parser.start();
    }

    /** The next record, or null at the end of the file. */
    public CsvRecord next() {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Object chunk = take();
            if (chunk instanceof RuntimeException failure) {
                ended = true;
                throw failure;
            }
            if (chunk instanceof Error failure) {
                ended = true;
                throw failure;
            }
            @SuppressWarnings("unchecked")
            List<CsvRecord> records = (List<CsvRecord>) chunk;
            ended = records == END;
            current = records.iterator();
        }
        return current.next();
    }

    @Override
    public void close() {
        parser.interrupt();
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void parse(CsvRecordReader records) {
        try {
            List<CsvRecord> chunk = new ArrayList<>(CHUNK);
            CsvRecord record;
            while ((record = records.next()) != null) {
                chunk.add(record);
                if (chunk.size() == CHUNK) {
                    chunks.put(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty()) {
                chunks.put(chunk);
            }
            chunks.put(END);
        } catch (InterruptedException e) {
            // the consumer closed: stop
        } catch (RuntimeException | Error e) {
            try {
                chunks.put(e);
            } catch (InterruptedException stopped) {
                // the consumer closed: nobody to tell
            }
        }
    }

    private Object take() {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a CSV file", e);
        }
    }
}
