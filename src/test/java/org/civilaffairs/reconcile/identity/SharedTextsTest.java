package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Equal texts come back as the instance first seen; distinct texts and nulls as they are. */
class SharedTextsTest {

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource({"LOADED,LOADED,true", "LOADED,REJECTED,false", "徐家棚街,徐家棚街,true", "'','',true"})
    void givesTheFirstInstanceOfEqualTexts(String first, String second, boolean shared) {
        SharedTexts texts = new SharedTexts();
        String kept = texts.of(new String(first));
        String copy = new String(second);
        assertThat(texts.of(copy)).isEqualTo(second);
        assertThat(texts.of(copy) == kept).isEqualTo(shared);
    }

    @Test
    void passesNullThrough() {
        assertThat(new SharedTexts().of(null)).isNull();
    }
}
