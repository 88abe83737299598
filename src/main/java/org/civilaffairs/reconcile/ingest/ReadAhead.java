package org.civilaffairs.reconcile.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Parses a CSV file (or reads any {@link Source}) on a second thread, a few chunks of records
 * ahead of the thread that uses them. Decoding and splitting a file costs about as much as
 * validating and storing its rows, and the machine has two cores: the registry pass, the reference
 * streams and roster staging each run nearly twice as fast. The second thread can also prepare
 * each record for its consumer (the checks of a reference row that do not depend on the consumer),
 * so the work splits more evenly. A failure of the parsing thread is rethrown to the consumer;
 * closing stops the parsing thread, so a consumer that gives up early leaves nothing running.
 *
 * @param <T> what the consumer gets of each record
 */
public final class ReadAhead<T> implements AutoCloseable {

    private static final int CHUNK = 1024;
    private static final List<Object> END = List.of();

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(8);
    private final Thread parser;
    private Iterator<?> current = END.iterator();
    private boolean ended;

    /** What a second thread reads: it hands each item to {@code each}, in order. */
    @FunctionalInterface
    public interface Source<T> {
        void read(Consumer<T> each);
    }

    /** Starts reading the records that follow what was already read of {@code records}, each prepared by {@code prepare}. */
    public ReadAhead(CsvRecordReader records, Function<CsvRecord, T> prepare) {
        this("csv-read-ahead", each -> {
            CsvRecord record;
            while ((record = records.next()) != null) {
                each.accept(prepare.apply(record));
            }
        });
    }

    /** Starts reading {@code source} on a thread named {@code name}. */
    public ReadAhead(String name, Source<T> source) {
        parser = new Thread(() -> parse(source), name);
        parser.setDaemon(true);
        parser.start();
    }

    /** Reads ahead the records themselves. */
    public static ReadAhead<CsvRecord> records(CsvRecordReader records) {
        return new ReadAhead<>(records, r -> r);
    }

    /** The next prepared record, or null at the end of the file. */
    @SuppressWarnings("unchecked")
    public T next() {
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
            List<?> records = (List<?>) chunk;
            ended = records == END;
            current = records.iterator();
        }
        return (T) current.next();
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

    private void parse(Source<T> source) {
        try {
            Chunks out = new Chunks();
            source.read(out);
            out.flush();
            put(END);
        } catch (Stopped e) {
            // the consumer closed: stop
        } catch (RuntimeException | Error e) {
            try {
                chunks.put(e);
            } catch (InterruptedException stopped) {
                // the consumer closed: nobody to tell
            }
        }
    }

    private void put(Object chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // should the source wrap Stopped, the put of its failure below returns at once
            throw new Stopped();
        }
    }

    /** Gathers the items read into chunks, each handed over when full. */
    private final class Chunks implements Consumer<T> {
        private List<T> chunk = new ArrayList<>(CHUNK);

        @Override
        public void accept(T item) {
            chunk.add(item);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                put(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
    }

    /** The consumer closed while the source was being read: unwinds the source. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private Object take() {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }
}
