package org.civilaffairs.reconcile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A locale whose file names cannot hold Chinese characters stops every command before it reads a name. */
class FileNameLocaleTest {

    @ParameterizedTest(name = "{0}: usable {1}")
    @CsvSource({
        "UTF-8,          true",
        "GBK,            true",
        "GB18030,        true",
        "ANSI_X3.4-1968, false",
        "ISO-8859-1,     false",
        "no-such-charset, false"})
    void onlyAnEncodingWithChineseNamesFiles(String encoding, boolean usable) {
        assertThat(FileNameLocale.unusable(encoding).isEmpty()).isEqualTo(usable);
        FileNameLocale.unusable(encoding).ifPresent(why -> assertThat(why).contains(encoding, "LANG=C.UTF-8"));
    }
}
