package org.civilaffairs.reconcile.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A one-month inbox of hostile files, each with what the pipeline must make of it: a file status
 * and note, or the outcome of every row by line ({@code 3:COLUMN_COUNT}; {@code LOADED} when kept).
 * Every roster names its own street so that no file supersedes another.
 */
final class HostileInbox {

    static final String MONTH = "2017-05";
    static final String HEADER = "街道,社区,救助类别,户编号,姓名,身份证号,与户主关系,月保障金,家庭月收入,纳入日期";
    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final List<String> SQL_NAMES = List.of("'); DROP TABLE roster_row;--", "\" OR 1=1", "C:\\temp\\new\\", "100%_done");
    static final int GIANT_FIELD_CHARS = 10 << 20;
    /** Text that would pass for a log line of its own if a line break before it reached the log. */
    static final String FORGED_LOG_LINE = "2017-05-31 23:59:59.999 INFO  FileIngester - all files verified";
    static final String HUGE_AMOUNT_STREET = "巨额街";
    static final String HUGE_AMOUNT_SUM = "119999999999998.80";

    /** English headers and Latin-1 letters; no head, since 户主 and 本人 cannot be written in Latin-1. */
    private static final String LATIN_1 = "street,community,program,household_id,name,id_number,relation,amount\n"
            + "Caf\u00e9,Ch\u00e2teau,URBAN_DIBAO,L1,Jos\u00e9 M\u00fcller,420104193606021758,\u00e9poux,670\n";

    private static final String[] IDS = {"420104194811201875", "420104193606021758", "429004197001222689",
            "420104197005210279", "420104195501010015", "420104196002020029", "420104197003030039",
            "420104198004040049", "420104199005050059", "420104196506060067", "420104197507070077", "420104198508080087"};

    /** ID numbers and a phone as people and spreadsheets write them: other digits, split, rounded. */
    static final List<String> DIGIT_FORMS = List.of("４２９００４１９７００１２２２６８９", "٤٢٠١٠٤١٩٧٠٠٥٢١٠٢٧٩", "420104 19550101 0015",
            "420104-1960-0202-0029", "4.20104197003E+17", "１３９１２３４５６７８");

    /** One hostile file: its bytes and what must become of it. */
    record Case(String file, byte[] content, String status, String note, String outcomes) {
        static Case rows(String file, String text, String outcomes) {
            return new Case(file, text.getBytes(StandardCharsets.UTF_8), "LOADED", null, outcomes);
        }

        static Case rejected(String file, byte[] content, String note) {
            return new Case(file, content, "REJECTED", note, null);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private HostileInbox() {
    }

    static List<Case> cases() {
        String text = HEADER + "\n" + row("编码街", "H1", "张三", IDS[0], "670") + "\n";
        return List.of(
                Case.rejected("rosters/utf16le.csv", bom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE), "unsupported encoding UTF-16"),
                Case.rejected("rosters/utf16be.csv", bom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF), "unsupported encoding UTF-16"),
                new Case("rosters/latin1.csv", LATIN_1.getBytes(StandardCharsets.ISO_8859_1), "LOADED", null, "2:NO_HEAD"),
                Case.rows("rosters/truncated.csv", lines(row("截断街", "T1", "李四", IDS[2], "670")) + "截断街,社区,城市低保,T2,王",
                        "2:LOADED 3:COLUMN_COUNT"),
                Case.rows("rosters/unclosed_quote.csv", lines(row("引号街", "Q1", "赵六", IDS[3], "670"),
                        "引号街,社区,城市低保,Q2,\"钱七,420104195501010015,户主,670,,", "引号街,社区,城市低保,Q3,孙八"),
                        "2:LOADED 3:COLUMN_COUNT"),
                Case.rows("rosters/giant_field.csv", lines(row("巨字段街", "G1", "x".repeat(GIANT_FIELD_CHARS), IDS[4], "670"),
                        row("巨字段街", "G2", "周九", IDS[5], "670")), "2:COLUMN_COUNT 3:LOADED"),
                Case.rows("rosters/nul_bytes.csv", lines(row("空字符街", "N1", "吴\u0000十", IDS[6], "670"), "\u0000",
                        row("空字符街", "N2", "郑\u0000", IDS[7], "670\u0000")), "2:LOADED 3:COLUMN_COUNT 4:BAD_AMOUNT"),
                Case.rejected("rosters/binary.csv", garbage(7), "missing column 街道"),
                Case.rows("rosters/wide_header.csv", wideHeader(), "2:COLUMN_COUNT 3:LOADED"),
                Case.rows("rosters/line_endings.csv", HEADER + "\r\n" + row("换行街", "E1", "冯一", IDS[8], "670") + "\r"
                        + row("换行街", "E2", "陈二", IDS[9], "abc") + "\n\r\n" + row("换行街", "E3", "褚三", IDS[10], "670")
                        + "\r\r" + row("换行街", "E4", "卫四", IDS[11], "2017-02-30") + "\n",
                        "2:LOADED 3:BAD_AMOUNT 5:LOADED 7:BAD_AMOUNT"),
                Case.rows("rosters/formulas.csv", lines(
                        row(csvQuote(HYPERLINK), "F1", "+cmd|' /C calc'!A0", "12345", "670"),
                        row("+cmd", "@SUM(A1)", "蒋五", "-1+1", "670"),
                        row("-1+1", "=1+2", "沈六", "@SUM(1+1)", "abc"),
                        row("@SUM(1+1)", "F4", "韩七", "=cmd", "670"),
                        row("\t=1+2", "F5", "杨九", IDS[0], "abc")), "2:LOADED 3:LOADED 4:BAD_AMOUNT 5:LOADED 6:BAD_AMOUNT"),
                Case.rows("rosters/sql_names.csv", lines(
                        row("注入街", "S1", SQL_NAMES.get(0), IDS[0], "670"),
                        row("注入街", "S2", csvQuote(SQL_NAMES.get(1)), IDS[1], "670"),
                        row("注入街", "%_", SQL_NAMES.get(2), IDS[2], "670"),
                        row("注入街", "S4", SQL_NAMES.get(3), IDS[3], "670")), "2:LOADED 3:LOADED 4:LOADED 5:LOADED"),
                Case.rows("rosters/long_id.csv", lines(row("长号街", "I1", "杨八", "4".repeat(5000), "670")), "2:LOADED"),
                Case.rows("rosters/bad_values.csv", lines(
                        "值街,社区,城市低保,V1,朱九," + IDS[4] + ",户主,670,,2017-02-30",
                        row("值街", "V2", "秦十", IDS[5], "1e309"), row("值街", "V3", "尤一", IDS[6], "NaN"),
                        row("值街", "V4", "许二", IDS[7], "-0"), row("值街", "V5", "何三", IDS[8], "Infinity"),
                        "值街,社区,城市低保,V6,吕四," + IDS[9] + ",户主,670,NaN,"),
                        "2:BAD_DATE 3:BAD_AMOUNT 4:BAD_AMOUNT 5:BAD_AMOUNT 6:BAD_AMOUNT 7:BAD_AMOUNT"),
                Case.rows("rosters/field_counts.csv", lines(row("字段街", "C1", "施五", IDS[10], "670") + ",extra",
                        "字段街,社区,城市低保,C2,张六", row("字段街", "C3", "孔七", IDS[11], "670")),
                        "2:COLUMN_COUNT 3:COLUMN_COUNT 4:LOADED"),
                hugeAmounts(),
                Case.rows("rosters/digit_forms.csv", lines(row("数字街", "D1", "甲一", DIGIT_FORMS.get(0), "abc"),
                        row("数字街", "D2", "乙二", DIGIT_FORMS.get(1), "abc"), row("数字街", "D3", "丙三", DIGIT_FORMS.get(2), "abc"),
                        row("数字街", "D4", "丁四", DIGIT_FORMS.get(3), "abc"), row("数字街", "D5", "戊五", DIGIT_FORMS.get(4), "abc"),
                        row("数字街", "D6", "己六", IDS[7], "670") + "," + DIGIT_FORMS.get(5)),
                        "2:BAD_AMOUNT 3:BAD_AMOUNT 4:BAD_AMOUNT 5:BAD_AMOUNT 6:BAD_AMOUNT 7:COLUMN_COUNT"),
                Case.rows("rosters/forged\n" + FORGED_LOG_LINE + ".csv", HEADER + ",\"x\n" + FORGED_LOG_LINE + "\"," + "y".repeat(100_000)
                        + "\n" + row("日志街", "J1", "金五", IDS[1], "670") + ",,\n", "3:LOADED"),
                Case.rejected("rosters/header_quote.csv", lines(row("表头街", "K1", "钱六", IDS[2], "670"))
                        .replaceFirst("社区", "\"社区").getBytes(StandardCharsets.UTF_8), "unreadable header"),
                Case.rejected("rosters/empty.csv", new byte[0], "empty file"),
                Case.rows("rosters/header_only.csv", HEADER + "\r\n", ""),
                Case.rejected("rosters/blank_lines.csv", "\n\r\n   \n\t\r\u3000\n".getBytes(StandardCharsets.UTF_8), "empty file"),
                Case.rejected("reference/hukou.csv", garbage(8), "missing column 身份证号"),
                Case.rejected("reference/evil.csv", "身份证号\n".getBytes(StandardCharsets.UTF_8), "unknown reference source"),
                Case.rows("reference/deposit.csv", "身份证号,金融机构,余额\n" + IDS[0] + ",银行,1e309\n" + IDS[1] + ",银行,NaN\n"
                        + "4".repeat(5000) + ",银行,100\n" + IDS[2] + ",\"=HYPERLINK(\"\"x\"\")\",-0\n" + IDS[3] + ",银行,100\n",
                        "2:BAD_AMOUNT 3:BAD_AMOUNT 4:BAD_ID 5:BAD_AMOUNT 6:LOADED"));
    }

    /** Writes every case into {@code inbox/2017-05/...}; returns the inbox. */
    static Path write(Path dir) throws IOException {
        Path inbox = dir.resolve("inbox");
        for (Case c : cases()) {
            Path file = inbox.resolve(MONTH).resolve(c.file());
            Files.createDirectories(file.getParent());
            Files.write(file, c.content());
        }
        return inbox;
    }

    /** A one-person household: the head row of a roster, with its amount. */
    private static String row(String street, String household, String name, String id, String amount) {
        return String.join(",", street, "社区", "城市低保", household, name, id, "户主", amount, "", "");
    }

    private static String lines(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static String csvQuote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static byte[] bom(String text, Charset charset, int first, int second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(first);
        out.write(second);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static byte[] garbage(long seed) {
        byte[] bytes = new byte[1 << 16];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** 120 households paid the largest amount accepted, sharing IDs (so flagged too): sums pass 10^14 yuan. */
    private static Case hugeAmounts() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            text.append(row(HUGE_AMOUNT_STREET, "M" + i, "某" + i, IDS[i % IDS.length], "\"999,999,999,999.99\"")).append('\n');
            outcomes.add((i + 2) + ":LOADED");
        }
        return Case.rows("rosters/huge_amounts.csv", text.toString(), String.join(" ", outcomes));
    }

    /** The roster header widened by 100,000 unknown columns: one short row, one row of the full width. */
    private static String wideHeader() {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            extra.append(",x").append(i);
        }
        String row = row("宽表街", "W2", "曹八", IDS[0], "670");
        return HEADER + extra + "\n" + row + "\n" + row + ",".repeat(100_000) + "\n";
    }
}
