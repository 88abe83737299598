package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The unlocked buffers read back what they wrote, whatever the buffer's size against the values'. */
class DataFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "read buffer {0} bytes")
    @ValueSource(ints = {1, 7, 64, 1 << 13, 1 << 16})
    void valuesOfEverySizeComeBackAsWritten(int readBuffer) throws IOException {
        Path file = dir.resolve("values.bin");
        Random random = new Random(readBuffer);
        byte[][] blocks = new byte[300][];
        try (DataOutputStream out = DataFiles.writer(file)) {
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = new byte[random.nextInt(i % 50 == 0 ? 200_000 : 40)];
                random.nextBytes(blocks[i]);
                out.writeUTF("街道" + i);
                out.writeBoolean(i % 2 == 0);
                out.writeInt(blocks[i].length);
                out.write(blocks[i]);
                out.write(i & 0xFF);
            }
        }
        try (DataInputStream in = DataFiles.reader(file, readBuffer)) {
            for (int i = 0; i < blocks.length; i++) {
                assertThat(in.readUTF()).isEqualTo("街道" + i);
                assertThat(in.readBoolean()).isEqualTo(i % 2 == 0);
                byte[] block = new byte[in.readInt()];
                in.readFully(block);
                assertThat(Arrays.equals(block, blocks[i])).as("block %d", i).isTrue();
                assertThat(in.read()).isEqualTo(i & 0xFF);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(Files.size(file)).isGreaterThan(1 << 16);
    }

    @ParameterizedTest(name = "read buffer {0} bytes")
    @ValueSource(ints = {1, 7, 64, 1 << 16})
    void skippedBlocksLeaveTheNextValueInPlace(int readBuffer) throws IOException {
        Path file = dir.resolve("skipped.bin");
        Random random = new Random(readBuffer);
        int[] sizes = new int[200];
        try (DataOutputStream out = DataFiles.writer(file)) {
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = random.nextInt(i % 40 == 0 ? 150_000 : 30);
                out.writeInt(sizes[i]);
                out.write(new byte[sizes[i]]);
                out.writeInt(i);
            }
        }
        try (DataInputStream in = DataFiles.reader(file, readBuffer)) {
            for (int i = 0; i < sizes.length; i++) {
                in.skipNBytes(in.readInt());
                assertThat(in.readInt()).isEqualTo(i);
            }
            assertThat(in.skip(5)).isZero();
            assertThatThrownBy(() -> in.skipNBytes(1)).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void anEmptyFileEndsAtOnce() throws IOException {
        Path file = dir.resolve("empty.bin");
        try (DataOutputStream out = DataFiles.writer(file)) {
            out.flush();
        }
        try (DataInputStream in = DataFiles.reader(file)) {
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
            assertThatThrownBy(in::readBoolean).isInstanceOf(EOFException.class);
        }
    }
}
