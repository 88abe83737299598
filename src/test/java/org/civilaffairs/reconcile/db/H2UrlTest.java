package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Any H2 URL an operator writes gets the settings the project needs; settings the operator wrote stay. */
class H2UrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:/srv/reconcile/db | jdbc:h2:file:/srv/reconcile/db;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:/srv/reconcile/db | jdbc:h2:/srv/reconcile/db;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:file:./data/reconcile;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;USER=sa"
                    + " | jdbc:h2:file:./data/reconcile;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;USER=sa;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:file:/x/db;non_keywords=VALUE;auto_server=FALSE | jdbc:h2:file:/x/db;NON_KEYWORDS=VALUE,MONTH,YEAR;AUTO_SERVER=FALSE;WRITE_DELAY=0;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:file:/x/db;NON_KEYWORDS=year | jdbc:h2:file:/x/db;NON_KEYWORDS=year,MONTH;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:mem:test | jdbc:h2:mem:test;NON_KEYWORDS=MONTH,YEAR",
            "jdbc:h2:tcp://db:9092/reconcile | jdbc:h2:tcp://db:9092/reconcile;NON_KEYWORDS=MONTH,YEAR"})
    void addsWhatIsMissing(String written, String used) {
        assertThat(H2Url.withProjectSettings(written)).isEqualTo(used);
    }
}
