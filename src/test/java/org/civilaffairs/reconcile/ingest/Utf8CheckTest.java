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

    @Test
    void agreesWithTheStrictDecoderOnTextWithAsciiRuns() {
        SplittableRandom random = new SplittableRandom(11);
        int wellFormed = 0;
        for (int n = 0; n < 100_000; n++) {
            byte[] bytes = csvLike(random);
            if (random.nextInt(3) == 0) { // a byte damaged anywhere, also inside a run of ASCII
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            boolean expected = strictDecoder(bytes);
            wellFormed += expected ? 1 : 0;
            assertThat(check(bytes, random.nextInt(bytes.length + 1))).as(HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        }
        assertThat(wellFormed).isBetween(60_000, 95_000);
    }

    @Test
    void agreesWithTheStrictDecoderFedAFewBytesAtATime() {
        SplittableRandom random = new SplittableRandom(13);
        for (int n = 0; n < 100_000; n++) {
            byte[] bytes = csvLike(random);
            if (random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(0x80, 0x100);
            }
            Utf8Check check = new Utf8Check();
            for (int from = 0; from < bytes.length; ) { // a four-byte sequence may span three pieces
                int piece = Math.min(bytes.length - from, random.nextInt(0, 4));
                check.update(bytes, from, piece);
                from += piece;
            }
            assertThat(check.wellFormed()).as(HexFormat.of().formatHex(bytes)).isEqualTo(strictDecoder(bytes));
        }
    }

    /** Runs of ASCII between 汉字 and the odd character outside the BMP, as a roster's lines are. */
    private static byte[] csvLike(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 60) {
            switch (random.nextInt(3)) {
                case 0 -> text.append("110101199003077777,2024-05,".substring(random.nextInt(27)));
                case 1 -> text.append((char) random.nextInt(0x4E00, 0x9FA6));
                default -> text.appendCodePoint(random.nextInt(10) == 0 ? random.nextInt(0x10000, 0x10FFFF) : 'é');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
