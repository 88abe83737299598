package org.civilaffairs.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civilaffairs.reconcile.ingest.RejectedFiles.MostlyRejected;
import org.civilaffairs.reconcile.ingest.RejectedFiles.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file rejected whole, or most of whose rows were, is a notice; every roster file of a month
 * mostly rejected, one notice for the month.
 */
class RejectedFilesTest {

    private static final Map<String, Integer> LOADED = Map.of("2019-06", 2, "2019-07", 3);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // month file rows rejected reason, ... (2 roster files loaded in 2019-06, 3 in 2019-07) | the notices' subjects
            "''                                                           | ''",
            "2019-07 a.csv 40 21 UNKNOWN_STREET                           | 2019-07/a.csv",
            "2019-07 a.csv 40 40 UNKNOWN_STREET, 2019-07 b.csv 30 30 NO_HEAD | 2019-07/a.csv 2019-07/b.csv",
            "2019-06 a.csv 40 40 UNKNOWN_STREET, 2019-06 b.csv 30 30 NO_HEAD | 2019-06",
            "2019-06 a.csv 9 9 BAD_DATE, 2019-07 a.csv 9 5 MISSING_FIELD  | 2019-06/a.csv 2019-07/a.csv"})
    void subjects(String files, String subjects) {
        assertThat(RejectedFiles.rosterNotices(files(files), LOADED::get)).extracting(InputWarning::subject)
                .containsExactlyElementsOf(words(subjects));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "2019-07 a.csv 40 38 UNKNOWN_STREET | 38 of its 40 rows were rejected, 38 as UNKNOWN_STREET (街道无法识别), such as '汉正街'"
                    + " | the office writes the district's street names ('feedback --month 2019-07' lists its rows), or the policy"
                    + " lists the name as an alias and 'rerun-month 2019-07 --policy FILE --reread-rosters' reads the month's rosters again",
            "2019-07 a.csv 40 38 MISSING_FIELD  | 38 of its 40 rows were rejected, 38 as MISSING_FIELD (必填项为空)"
                    + " | 'feedback --month 2019-07' tells the street office what to correct",
            "2019-06 a.csv 40 40 UNKNOWN_STREET, 2019-06 b.csv 30 29 UNKNOWN_STREET"
                    + " | most rows of every roster file (2) were rejected: 69 of 70, 69 as UNKNOWN_STREET (街道无法识别), such as '汉正街'"
                    + " | check that --policy is this district's and lists its streets, then read the month's rosters again under it:"
                    + " 'rerun-month 2019-06 --policy FILE --reread-rosters'",
            "2019-06 a.csv 40 40 NO_HEAD, 2019-06 b.csv 30 29 BAD_DATE"
                    + " | most rows of every roster file (2) were rejected: 69 of 70, 40 as NO_HEAD (无户主)"
                    + " | 'export rejects --month 2019-06' lists every row"})
    void wording(String files, String problem, String fix) {
        assertThat(RejectedFiles.rosterNotices(files(files), LOADED::get)).singleElement().satisfies(n -> {
            assertThat(n.problem()).isEqualTo(problem);
            assertThat(n.fix()).contains(fix);
        });
    }

    @Test
    void aReferenceExtractMostlyRejectedSaysTheChecksMissItsRows() {
        InputWarning notice = RejectedFiles.referenceNotice(files("2019-07 reference/death.csv 38 30 BAD_ID").get(0));
        assertThat(notice.line()).isEqualTo("2019-07/reference/death.csv: 30 of its 38 rows were rejected, 30 as BAD_ID (身份证号无效);"
                + " the checks against it miss these rows: ask the agency for a corrected extract ('export rejects --month 2019-07'"
                + " lists every row and why) and put it in 2019-07/reference/ under the same name");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "true  | rosters/a.csv       | 2019-07/rosters/a.csv: the file was rejected whole: missing column 身份证号; its"
                    + " households are left out of the month: ask the street office for a corrected roster and put it in"
                    + " 2019-07/rosters/ under the same name",
            "false | reference/death.csv | 2019-07/reference/death.csv: the file was rejected whole: missing column 身份证号;"
                    + " the month's checks take this source from the latest earlier month that has it, if any: ask the agency"
                    + " for a corrected extract and put it in 2019-07/reference/ under the same name"})
    void aFileRejectedWholeSaysWhatItsMonthGoesWithout(boolean roster, String file, String line) {
        assertThat(RejectedFiles.refusedNotice("2019-07", file, roster, "missing column 身份证号").line()).isEqualTo(line);
    }

    @Test
    void anExtractNamedAfterNoSourceIsToBeRenamed() {
        assertThat(RejectedFiles.refusedNotice("2019-07", "reference/hukou_2019-07.csv", false, "unknown reference source").line())
                .isEqualTo("2019-07/reference/hukou_2019-07.csv: the file was rejected whole: unknown reference source; rename it"
                        + " after its source, one of hukou.csv, death.csv, property.csv, vehicle.csv, business.csv,"
                        + " social_insurance.csv, pension.csv, provident_fund.csv, public_employee.csv, deposit.csv (the next run"
                        + " reads it); until then the month's checks take the source from the latest earlier month that has it, if any");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "missing column 街道 | GB18030 | true",
            "missing column 街道 | UTF-8   | false",
            "empty file          | GB18030 | false"})
    void aHeaderMissingAColumnInAFileReadAsGb18030MayMixEncodings(String note, String encoding, boolean hinted) {
        assertThat(RejectedFiles.readAs(note, encoding).contains("it mixes encodings")).isEqualTo(hinted);
    }

    private static List<MostlyRejected> files(String text) {
        return Arrays.stream(text.split(",")).filter(f -> !f.isBlank()).map(f -> f.trim().split(" "))
                .map(f -> new MostlyRejected(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                        new Reason(f[4], Long.parseLong(f[3]), "汉正街")))
                .toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split(" ")).filter(w -> !w.isBlank()).toList();
    }
}
