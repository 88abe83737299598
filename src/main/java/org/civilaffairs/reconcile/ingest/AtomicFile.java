package org.civilaffairs.reconcile.ingest;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file of the archive written as {@code <name>.partial} beside its target and moved over it once
 * complete, so that a reader, or a run killed while writing, never sees half of it.
 */
public final class AtomicFile {

    /** What writes a file's content. */
    public interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private final Path target;
    private final Path partial;

    private AtomicFile(Path target) {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
    }

    /** Prepares to write {@code target}, creating its folder. */
    public static AtomicFile of(Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target.getParent(), e);
        }
        return new AtomicFile(target);
    }

    /** Writes {@code target} whole, replacing an earlier one; a failure leaves the earlier one as it was. */
    public static void write(Path target, Content content) {
        AtomicFile file = of(target);
        try (DataOutputStream out = DataFiles.writer(file.partial)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e instanceof IOException io ? new UncheckedIOException("cannot write " + target, io) : (RuntimeException) e;
        }
        file.commit();
    }

    /** Removes {@code target}, when there is one. */
    public static void delete(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + target, e);
        }
    }

    /** Where the content goes until {@link #commit()}. */
    public Path partial() {
        return partial;
    }

    public Path target() {
        return target;
    }

    /** Makes the written (and closed) content visible, replacing an earlier file. */
    public void commit() {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Drops content never committed; nothing when it was. */
    public void discard() {
        delete(partial);
    }

    /**
     * A file of records written one after another, visible once ended: each record after a {@code
     * true}, the end a {@code false}, as its readers loop on {@code readBoolean()}.
     */
    public static final class Records {
        private final AtomicFile file;
        private final DataOutputStream out;

        private Records(AtomicFile file, DataOutputStream out) {
            this.file = file;
            this.out = out;
        }

        /** Starts {@code target} with {@code header} before its records; nothing is visible until {@link #end}. */
        public static Records start(Path target, Content header) {
            AtomicFile file = of(target);
            try {
                Records records = new Records(file, DataFiles.writer(file.partial));
                header.writeTo(records.out);
                return records;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }

        public void add(Content record) {
            try {
                out.writeBoolean(true);
                record.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.target, e);
            }
        }

        /** Writes the end and makes the file visible, replacing an earlier one. */
        public void end() {
            try {
                out.writeBoolean(false);
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.target, e);
            }
            file.commit();
        }

        /** Drops the records written, leaving an earlier file as it was. */
        public void discard() {
            try {
                out.close();
            } catch (IOException e) {
                // the partial file is removed whatever it holds
            }
            file.discard();
        }
    }
}
