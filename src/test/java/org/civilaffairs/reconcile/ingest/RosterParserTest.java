package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.civilaffairs.reconcile.policy.Policy;
import org.civilaffairs.reconcile.policy.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The row rejects of CONTRACT §3 in the order of §13.3, and masking of the kept raw line. */
class RosterParserTest {

    private static final Policy POLICY = PolicyLoader.parse("""
            standards:
              urban: [{from: 2016-07-01, amount: 600}]
              rural: [{from: 2016-07-01, amount: 360}]
            streets:
              - {name: 汉正街, aliases: [汉正街道]}
            """, "test");
    private static final String HEADER = "街道,救助类别,户编号,姓名,身份证号,与户主关系,月保障金,家庭月收入,纳入日期,银行账号,联系电话";

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "汉正街,城市低保,H1,张三,420104197001011234,户主,670,,2017-05-01,6222021234567890123,13812345678|OK",
            "汉正街道,URBAN_DIBAO,H1,张三,420104197001011234,配偶,,,,,|OK",
            "汉正街,城市低保,H1,张三,420104197001011234,户主,670|COLUMN_COUNT",
            "汉正街,城市低保,H1,,420104197001011234,户主,670,,,,|MISSING_FIELD",
            "汉正街,城市低保,H1,张三,420104197001011234,户主,,,,,|MISSING_FIELD",
            ",,,,,,,,,,|MISSING_FIELD",
            "汉正街,低保户,H1,张三,420104197001011234,户主,670,,,,|UNKNOWN_PROGRAM",
            "汉阳区五里墩街,城市低保,H1,张三,420104197001011234,户主,670,,,,|UNKNOWN_STREET",
            "汉正街,城市低保,H1,张三,420104197001011234,户主,1340.005,,,,|BAD_AMOUNT",
            "汉正街,城市低保,H1,张三,420104197001011234,户主,670,很多,,,|BAD_AMOUNT",
            "汉正街,城市低保,H1,张三,420104197001011234,户主,670,,2017-02-30,,|BAD_DATE",
            "汉正街,低保户,H1,张三,420104197001011234,户主,abc,,2017-02-30,,|UNKNOWN_PROGRAM"})
    void rowChecks(String line, String expected) throws Exception {
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(HEADER + "\n" + line + "\n"))) {
            Header.Outcome opened = Header.read(records, RosterColumns.ALL);
            CsvRecord record = records.next();
            RosterRow row = new RosterParser(opened.header(), POLICY).parse(record);
            assertThat(row.reject() == null ? "OK" : row.reject().name()).isEqualTo(expected);
            assertThat(row.rawMasked() == null).as("raw line kept for a row reject only").isEqualTo(row.reject() == null);
            assertThat(RawMasker.roster(opened.header(), record))
                    .doesNotContain("420104197001011234", "6222021234567890123", "13812345678");
        }
    }

    /** A row whose columns shifted shows its street and program as written, a personal number in them masked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "汉正街,城市低保,H1,张三,420104197001011234,户主,670|汉正街|URBAN_DIBAO",
            "汉正街道,420104197001011234,H1,张三,户主,670|汉正街|420104********1234",
            "420104197001011234,张三,户主,670,H1,汉正街,城市低保|420104********1234|张三",
            "13812345678,4.20104E+17,户主,670|138****5678|4.*****E+17",
            "汉阳区五里墩街 2019-06-01,城市低保,H1,张三,420104197001011234,户主,670,,,,|汉阳区五里墩街 2019-06-01|URBAN_DIBAO"})
    void streetAndProgramAsShown(String line, String street, String program) throws Exception {
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(HEADER + "\n" + line + "\n"))) {
            RosterRow row = new RosterParser(Header.read(records, RosterColumns.ALL).header(), POLICY).parse(records.next());
            assertThat(row.street()).isEqualTo(street);
            assertThat(row.program()).isEqualTo(program);
            assertThat(row.writtenStreet()).doesNotContain("420104197001011234", "13812345678");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "STREET, Program ,HOUSEHOLD_ID,Name,id_number,relation,amount|",
            "街道名称,保障类别,家庭编号,姓名,公民身份号码,与户主关系,保障金额|",
            "街道,救助类别,户编号,姓名,与户主关系,月保障金|missing column 身份证号",
            "街道,救助类别,户编号,姓名,身份证号,与户主关系|missing column 月保障金"})
    void headers(String header, String problem) throws Exception {
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(header + "\n"))) {
            FileProblem found = Header.read(records, RosterColumns.ALL).problem();
            assertThat(found == null ? null : found.note()).isEqualTo(problem);
        }
    }

    /** A column named twice is read from its first cell; the later cells are named for the log, not passed over in silence. */
    @Test
    void aColumnNamedTwiceIsReadFromItsFirstCell() throws Exception {
        String header = HEADER + ",身份证号码,name";
        try (CsvRecordReader records = new CsvRecordReader(new StringReader(header + "\n"
                + "汉正街,城市低保,H1,张三,420104197001011234,户主,670,,,,,420104197001015678,李四\n"))) {
            Header read = Header.read(records, RosterColumns.ALL).header();
            assertThat(read.repeatedColumns()).containsExactly("身份证号码 (column 12, 身份证号 is read from column 5)",
                    "name (column 13, 姓名 is read from column 4)");
            RosterRow row = new RosterParser(read, POLICY).parse(records.next());
            assertThat(row.name()).isEqualTo("张三");
            assertThat(row.idNumber()).isEqualTo("420104197001011234");
        }
    }
}
