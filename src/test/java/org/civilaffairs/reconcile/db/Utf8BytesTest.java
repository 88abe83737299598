package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BytesTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 9, 10, -10, 99, 100, 2024_05_00_0001L, 999_999_999_999_999_999L,
        1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1})
    void writesANumberAsToStringDoes(long value) {
        assertThat(written(out -> out.digits(value))).isEqualTo(Long.toString(value));
    }

    @Test
    void writesRandomNumbersAsToStringDoes() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 100_000; n++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertThat(written(out -> out.digits(value))).isEqualTo(Long.toString(value));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-31", "1900-01-01", "0001-02-03", "0999-12-31", "9999-12-31", "+10000-01-01",
        "-0001-06-15"})
    void writesADateAsToStringDoes(String iso) {
        LocalDate date = LocalDate.parse(iso);
        assertThat(written(out -> out.date(date))).isEqualTo(date.toString()).isEqualTo(iso);
    }

    @Test
    void keepsWhatCameBeforeAndGrows() {
        Utf8Bytes out = new Utf8Bytes(1);
        out.escaped("张三\t");
        out.digits(42);
        out.ascii('\t');
        out.date(LocalDate.of(2024, 5, 1));
        assertThat(new String(bytes(out), StandardCharsets.UTF_8)).isEqualTo("张三\\t42\t2024-05-01");
    }

    /** Runs of ASCII, escapes, CJK, two-byte letters, pairs and lone surrogates, against the JDK's encoder. */
    @Test
    void writesRandomTextAsTheJdkEncodesItEscaped() {
        char[] alphabet = {'a', '7', ' ', '\\', '\t', '\n', '\r', '\0', '\u00e9', '\u00b7', '张', '\u3000', '\uD842', '\uDFB7'};
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String value = text.toString();
            Utf8Bytes plain = new Utf8Bytes(1);
            plain.plain(value);
            Utf8Bytes escaped = new Utf8Bytes(1);
            escaped.escaped(value);
            assertThat(bytes(plain)).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
            assertThat(bytes(escaped)).isEqualTo(value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r").replace("\0", "\\0").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] bytes(Utf8Bytes written) {
        return written.stream().readAllBytes();
    }

    private static String written(java.util.function.Consumer<Utf8Bytes> write) {
        Utf8Bytes out = new Utf8Bytes(1);
        write.accept(out);
        return new String(bytes(out), StandardCharsets.US_ASCII);
    }
}
