package org.civilaffairs.reconcile.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free text keeps everything but what looks like an ID, a bank account or a mobile number. */
class MaskTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // text | clear value that must disappear (NONE: the text must stay as it is)
            "身份证 420104199003074514 已核对|420104199003074514",
            "id=42010419900307451X;|42010419900307451X",
            "电话13912345678|13912345678",
            "x13912345678y|13912345678",
            "卡号 6222020200112233445 余额|6222020200112233445",
            "15-digit 420104900307451|420104900307451",
            "全角 ４２０１０４１９９００３０７４５１４ 号|１９９００３０７",
            "全角 ４２０１０４１９９００３０７４５１Ｘ|１９９００３０７",
            "mixed 420104１９９００３０７4514|１９９００３０７",
            "Arabic-Indic ٤٢٠١٠٤١٩٩٠٠٣٠٧٤٥١٤|١٩٩٠٠٣٠٧",
            "Devanagari ४२०१०४१९९००३०७४५१४|१९९००३०७",
            "mathematical 𝟒𝟐𝟎𝟏𝟎𝟒𝟏𝟗𝟗𝟎𝟎𝟑𝟎𝟕𝟒𝟓𝟏𝟒|𝟏𝟗𝟗𝟎𝟎𝟑𝟎𝟕",
            "spaces 420104 19900307 4514|19900307",
            "dashes 420104-1990-0307-451X|1990-0307",
            "ideographic space 420104　19900307　4514|19900307",
            "spreadsheet 4.20104E+17|4.20104E+17",
            "spreadsheet 4.2010419900307E+17 long|2010419900307",
            "full-width spreadsheet ４．２０１０４Ｅ＋１７|２０１０４",
            "phone 139-1234-5678|1234",
            "phone １３９１２３４５６７８|１２３４５６７８",
            "card 6222 0202 0011 2233 445|0202 0011",
            "1391234567 ten digits|NONE",
            "amount 1.5E+05 small|NONE",
            "dates 2019-06-01 2019-07-01|NONE",
            "line 12, 40213 rows, 25000 rows/s|NONE",
            "户编号 HH-0000123456 金额 670.00|NONE",
            "2019-06-01 23:59:59.999|NONE",
            "张三,1,户主,670|NONE",
            "''|NONE"})
    void masksOnlyPersonalNumbers(String text, String clear) {
        String masked = Mask.freeText(text);
        if (clear == null) {
            assertThat(masked).isEqualTo(text);
        } else {
            assertThat(masked).doesNotContain(clear);
            assertThat(masked.codePointCount(0, masked.length())).isEqualTo(text.codePointCount(0, text.length()));
        }
    }
}
