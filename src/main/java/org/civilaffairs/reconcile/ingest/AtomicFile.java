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
}
