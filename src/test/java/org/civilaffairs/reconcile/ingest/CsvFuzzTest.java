package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random soups of quotes, commas, line breaks, NUL, whitespace and multi-byte text, written
 * as UTF-8 or GB18030 bytes (sometimes with flipped bytes or cut mid-character), then decoded, read
 * and row-checked the way a roster is ingested. Nothing may throw, and every non-blank physical
 * line must belong to exactly one record.
 */
class CsvFuzzTest {

    private static final long SEED = 20170501L;
    private static final int CASES = 2000;
    private static final String HEADER = "街道,社区,救助类别,户编号,姓名,身份证号,与户主关系,月保障金,家庭月收入,纳入日期\n";
    private static final String[] PIECES = {",", ",", "\"", "\"\"", "\r", "\n", "\r\n", "\u0000", " ", "\t", "\u3000",
            "张", "汉正街", "户主", "城市低保", "670", "1e309", "2017-02-30", "420104194811201875", "x", "é", "\uD840\uDC00",
            "\uFEFF", "ａ", "=cmd", "'; --"};
    private static final Set<RejectReason> ROW_REJECTS = EnumSet.of(RejectReason.COLUMN_COUNT, RejectReason.MISSING_FIELD,
            RejectReason.UNKNOWN_PROGRAM, RejectReason.UNKNOWN_STREET, RejectReason.BAD_AMOUNT, RejectReason.BAD_DATE);
    private static final Policy POLICY = PolicyLoader.parse("""
            standards:
              urban: [{from: 2016-07-01, amount: 600}]
              rural: [{from: 2016-07-01, amount: 360}]
            streets:
              - {name: 汉正街}
            """, "fuzz policy");

    @Test
    void soupsAreDecodedReadAndCheckedWithoutLosingALine(@TempDir Path dir) throws IOException {
        Random random = new Random(SEED);
        Path file = dir.resolve("soup.csv");
        for (int i = 0; i < CASES; i++) {
            Files.write(file, bytes(random));
            String text;
            try (Reader in = Encodings.open(file, Encodings.byName(FileDigest.of(file).encoding()))) {
                text = readAll(in);
            }
            String why = "case " + i + ": " + text;
            List<CsvRecord> records = records(text, CsvRecordReader.DEFAULT_MAX_RECORD_CHARS);
            assertEveryNonBlankLineInOneRecord(text, records, why);
            assertThat(records(text, 8)).as(why).extracting(CsvRecord::line).isEqualTo(records.stream().map(CsvRecord::line).toList());
            assertRowsChecked(text, why);
        }
    }

    /** Records start on strictly increasing lines, span exactly their raw text, and skip only blank lines. */
    private static void assertEveryNonBlankLineInOneRecord(String text, List<CsvRecord> records, String why) {
        List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        boolean[] covered = new boolean[lines.size()];
        long nextFree = 1;
        for (CsvRecord r : records) {
            assertThat(r.line()).as(why).isGreaterThanOrEqualTo(nextFree);
            List<String> spanned = Arrays.asList(r.raw().split("\r\n|\r|\n", -1));
            int first = (int) r.line() - 1;
            assertThat(lines.subList(first, first + spanned.size())).as(why).isEqualTo(spanned);
            Arrays.fill(covered, first, first + spanned.size(), true);
            nextFree = r.line() + spanned.size();
        }
        for (int i = 0; i < lines.size(); i++) {
            assertThat(covered[i] || Text.clean(lines.get(i)).isEmpty()).as(why + " line " + (i + 1)).isTrue();
        }
        long nonBlank = lines.stream().filter(l -> !Text.clean(l).isEmpty()).count();
        assertThat(new CsvRecordReader(new StringReader(text)).countRemainingNonBlankLines()).as(why).isEqualTo(nonBlank);
    }

    /** The header opens the file or says why not; each row is kept or carries one documented row reject. */
    private static void assertRowsChecked(String text, String why) {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text));
        Header.Outcome opened = Header.read(reader, RosterColumns.ALL);
        assertThat(opened.header() == null).as(why).isNotEqualTo(opened.problem() == null);
        if (opened.header() == null) {
            assertThat(opened.problem().rowsRead()).as(why).isNotNegative();
            return;
        }
        RosterParser parser = new RosterParser(opened.header(), POLICY);
        CsvRecord record;
        while ((record = reader.next()) != null) {
            RosterRow row = parser.parse(record);
            assertThat(row.line()).as(why).isEqualTo(record.line());
            assertThat(row.reject() == null || ROW_REJECTS.contains(row.reject())).as(why).isTrue();
            if (record.broken() || record.size() != opened.header().width()) {
                assertThat(row.reject()).as(why).isEqualTo(RejectReason.COLUMN_COUNT);
            }
            assertThat(RawMasker.roster(opened.header(), record).length()).as(why).isLessThanOrEqualTo(RawMasker.MAX_RAW + 1);
        }
    }

    private static List<CsvRecord> records(String text, int cap) {
        List<CsvRecord> out = new ArrayList<>();
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text), cap);
        CsvRecord r;
        while ((r = reader.next()) != null) {
            out.add(r);
        }
        return out;
    }

    /** A soup, mostly under a roster header, as UTF-8 or GB18030, sometimes damaged byte by byte. */
    private static byte[] bytes(Random random) {
        StringBuilder soup = new StringBuilder(random.nextInt(10) < 7 ? HEADER : "");
        for (int n = random.nextInt(80); n > 0; n--) {
            soup.append(PIECES[random.nextInt(PIECES.length)]);
        }
        byte[] bytes = soup.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : Encodings.GB18030);
        if (bytes.length > 0 && random.nextInt(4) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return random.nextInt(4) == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)) : bytes;
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }
}
