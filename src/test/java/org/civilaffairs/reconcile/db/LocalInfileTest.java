package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.civilaffairs.reconcile.it.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text LOAD DATA reads: every value must come back as it went in, whatever characters it holds. */
class LocalInfileTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(null, "\\N"),
                Arguments.of("\\N", "\\\\N"),
                Arguments.of("", ""),
                Arguments.of("张三", "张三"),
                Arguments.of("a\tb", "a\\tb"),
                Arguments.of("line\nbreak\r", "line\\nbreak\\r"),
                Arguments.of("back\\slash", "back\\\\slash"),
                Arguments.of("nul\0byte", "nul\\0byte"),
                Arguments.of("'; DROP TABLE roster_row; --", "'; DROP TABLE roster_row; --"),
                Arguments.of("𠀀 surrogate pair", "𠀀 surrogate pair"),
                Arguments.of("two bytes é ü, three bytes € ０", "two bytes é ü, three bytes € ０"),
                Arguments.of(true, "1"),
                Arguments.of(false, "0"),
                Arguments.of(42L, "42"),
                Arguments.of(new BigDecimal("1E+3"), "1000"),
                Arguments.of(new BigDecimal("670.50"), "670.50"),
                Arguments.of(Date.valueOf(LocalDate.of(2019, 6, 1)), "2019-06-01"),
                Arguments.of(LocalDate.of(2019, 6, 1), "2019-06-01"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("values")
    void encodesOneField(Object value, String expected) {
        assertThat(new String(bytes(encode(List.<Object[]>of(new Object[] {value}))), StandardCharsets.UTF_8))
                .isEqualTo(expected + "\n");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("values")
    void separatesFieldsAndRows(Object value, String expected) {
        Object[] row = {1L, value, "end"};
        String text = new String(bytes(encode(List.of(row, row))), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(("1\t" + expected + "\tend\n").repeat(2));
        assertThat(text.split("\n", -1)).hasSize(3);
        assertThat(Arrays.stream(text.split("\n")).map(line -> line.split("\t", -1).length)).containsOnly(3);
    }

    /** A half of a surrogate pair cannot be UTF-8: it becomes '?', as Java's own encoder makes it. */
    @Test
    void replacesALoneSurrogate() {
        String text = "lone \uD800 high, lone \uDC00 low, cut pair \uD840";
        assertThat(bytes(encode(List.<Object[]>of(new Object[] {text}))))
                .isEqualTo((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** On the server: the values come back unchanged, and no file of this machine can be read. */
    @Test
    void roundTripsOnMysqlAndReadsNoFile() throws SQLException {
        String url = Databases.freshMysql();
        try (Connection con = DriverManager.getConnection(url + "?allowLoadLocalInfileInPath=" + DatabaseSetup.NO_LOCAL_FILES
                + "&characterEncoding=UTF-8", "root", ""); Statement s = con.createStatement()) {
            s.execute("CREATE TABLE t (n INT, v VARCHAR(100), d DECIMAL(14,2), day DATE, b BOOLEAN) DEFAULT CHARSET=utf8mb4");
            assertThat(LocalInfile.accepted(con)).isTrue();
            List<Object[]> rows = values().map(a -> (Object) a.get()[0])
                    .map(v -> new Object[] {1, v instanceof String ? v : null, v instanceof BigDecimal ? v : null,
                        v instanceof Date ? v : null, v instanceof Boolean ? v : null}).toList();
            assertThat(LocalInfile.load(con, "t", List.of("n", "v", "d", "day", "b"), encode(rows))).isEqualTo(rows.size());
            List<Object[]> back = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT n, v, d, day, b FROM t")) {
                while (rs.next()) {
                    back.add(new Object[] {rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getDate(4),
                        rs.getObject(5) == null ? null : rs.getBoolean(5)});
                }
            }
            assertThat(back).usingElementComparator((a, b) -> Arrays.equals(a, b) ? 0 : 1)
                    .containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> new Object[] {r[0], r[1],
                        r[2] == null ? null : ((BigDecimal) r[2]).setScale(2), r[3], r[4]}).toList());
            assertThatThrownBy(() -> s.execute("LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE t (v)"))
                    .isInstanceOf(SQLException.class);
        } finally {
            Databases.dropMysql(url);
        }
    }

    private static Utf8Bytes encode(List<Object[]> rows) {
        LocalInfile.Text text = new LocalInfile.Text(rows.size());
        rows.forEach(text::add);
        assertThat(text.rows()).isEqualTo(rows.size());
        return text.bytes();
    }

    private static byte[] bytes(Utf8Bytes written) {
        return written.stream().readAllBytes();
    }
}
