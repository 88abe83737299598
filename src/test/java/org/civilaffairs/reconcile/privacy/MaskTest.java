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
            "1391234567 ten digits|NONE",
            "户编号 HH-0000123456 金额 670.00|NONE",
            "2019-06-01 23:59:59.999|NONE",
            "张三,1,户主,670|NONE",
            "''|NONE"})
    void masksOnlyPersonalNumbers(String text, String clear) {
        String masked = Mask.freeText(text);
        if (clear == null) {
            assertThat(masked).isEqualTo(text);
        } else {
            assertThat(masked).doesNotContain(clear).hasSizeGreaterThanOrEqualTo(text.length() - 1);
        }
    }
}
