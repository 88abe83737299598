package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFolderAndTheFileWithNoPartialLeft() throws IOException {
        Path target = dir.resolve("extract/2024-05/person-keys.bin");
        AtomicFile.write(target, out -> out.writeUTF("keys"));
        assertThat(Files.readAllBytes(target)).hasSize(6);
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void nothingIsVisibleBeforeTheCommitAndTheCommitReplaces() throws IOException {
        AtomicFile file = writtenOver("earlier", "later");
        assertThat(file.target()).hasContent("earlier");
        file.commit();
        assertThat(file.target()).hasContent("later");
        assertThat(file.partial()).doesNotExist();
    }

    @Test
    void aDiscardDropsThePartialAndKeepsTheEarlierFile() throws IOException {
        AtomicFile file = writtenOver("earlier", "half");
        file.discard();
        file.discard();
        assertThat(file.partial()).doesNotExist();
        assertThat(file.target()).hasContent("earlier");
    }

    /** A file holding {@code earlier}, with {@code partial} written to replace it. */
    private AtomicFile writtenOver(String earlier, String partial) throws IOException {
        Path target = dir.resolve("share.csv");
        Files.writeString(target, earlier);
        AtomicFile file = AtomicFile.of(target);
        Files.writeString(file.partial(), partial);
        return file;
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAndNoPartial() throws IOException {
        Path target = dir.resolve("loaded-rows/street.bin");
        AtomicFile.write(target, out -> out.write("earlier".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.writeUTF("half");
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + target);
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThat(target).hasContent("earlier");
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    /** Records after their header, each after a true and the end a false: visible once ended, and never when discarded. */
    @Test
    void recordsAreVisibleOnceEnded() throws IOException {
        Path target = dir.resolve("shared-enrollments/street.bin");
        AtomicFile.Records records = AtomicFile.Records.start(target, out -> out.writeUTF("青山街道"));
        records.add(out -> out.writeInt(7));
        records.add(out -> out.writeInt(8));
        assertThat(target).doesNotExist();
        records.end();
        try (DataInputStream in = DataFiles.reader(target)) {
            assertThat(in.readUTF()).isEqualTo("青山街道");
            assertThat(in.readBoolean()).isTrue();
            assertThat(in.readInt()).isEqualTo(7);
            assertThat(in.readBoolean()).isTrue();
            assertThat(in.readInt()).isEqualTo(8);
            assertThat(in.readBoolean()).isFalse();
            assertThat(in.read()).isEqualTo(-1);
        }

        AtomicFile.Records discarded = AtomicFile.Records.start(target, out -> out.writeUTF("和平街道"));
        discarded.add(out -> out.writeInt(9));
        discarded.discard();
        assertThat(Files.list(target.getParent())).containsExactly(target);
        try (DataInputStream in = DataFiles.reader(target)) {
            assertThat(in.readUTF()).isEqualTo("青山街道");
        }
    }
}
