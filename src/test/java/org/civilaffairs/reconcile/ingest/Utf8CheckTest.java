package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Utf8Check} answers as Java's strict UTF-8 decoder does, however the bytes are split. */
class Utf8CheckTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "'', true", "41, true", "e4b8ad, true", "c3a9, true", "f09f9880, true", "efbbbf41, true",
        "c0af, false", "c1bf, false", "e08080, false", "e09fbf, false", "eda080, false", "ed9fbf, true",
        "f08fbfbf, false", "f48fbfbf, true", "f4908080, false", "f5808080, false", "ff, false", "80, false",
        "e4b8, false", "c3, false", "e4b841, false", "d6d0cec4, false"})
    void decidesAsTheStrictDecoder(String hex, boolean wellFormed) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThat(check(bytes, bytes.length)).isEqualTo(wellFormed).isEqualTo(strictDecoder(bytes));
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytesSplitAnywhere() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[random.nextInt(1, 9)];
            for (int i = 0; i < bytes.length; i++) { // mostly the bytes that start or continue a sequence
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : random.nextInt(0x80, 0xF6));
            }
            assertThat(check(bytes, random.nextInt(bytes.length + 1))).as(HexFormat.of().formatHex(bytes))
                    .isEqualTo(strictDecoder(bytes));
        }
    }

    private static boolean check(byte[] bytes, int split) {
        Utf8Check check = new Utf8Check();
        check.update(bytes, 0, split);
        check.update(bytes, split, bytes.length - split);
        return check.wellFormed();
    }

    private static boolean strictDecoder(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
