package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name and ID normalization of CONTRACT §5 step 1, for names and IDs already normal and for those that are not. */
class NamesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "张三|张三", "'张 三'|张三", "'张三\u3000'|张三", "' 张三 '|张三", "阿依古丽·买买提|阿依古丽·买买提",
            "阿依古丽•买买提|阿依古丽·买买提", "阿依古丽・买买提|阿依古丽·买买提", "阿依古丽.买买提|阿依古丽·买买提",
            "阿依古丽．买买提|阿依古丽·买买提", "Ａｌｉ|Ali", "Ali|Ali", "'\tAli\n'|Ali", "''|''",
            "王Ａ明|王A明", "'王\u00A0明'|王明", "王㐀|王㐀", "龥·明|龥·明"})
    void names(String raw, String normalized) {
        assertThat(Names.normalize(raw)).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "110101199003074514|110101199003074514", "11010119900307451X|11010119900307451X",
            "11010119900307451x|11010119900307451X", "１１０１０１１９９００３０７４５１４|110101199003074514",
            "110101-19900307-4514|110101199003074514", "'110101 199003074514'|110101199003074514",
            "4.20104E+17|4.20104E+17", "X1|X1", "''|''", "1|1"})
    void ids(String raw, String normalized) {
        assertThat(IdNumbers.normalize(raw)).isEqualTo(normalized);
    }
}
