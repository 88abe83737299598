package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Any H2 URL an operator writes gets the settings the project needs (a read-only command's also one
 * that closes the file without compacting it); settings the operator wrote stay.
 */
class H2UrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:/srv/reconcile/db | true | jdbc:h2:file:/srv/reconcile/db;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:/srv/reconcile/db | true | jdbc:h2:/srv/reconcile/db;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:file:./data/reconcile;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;USER=sa"
                    + " | true | jdbc:h2:file:./data/reconcile;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;USER=sa;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:file:/x/db;non_keywords=VALUE;auto_server=FALSE | true | jdbc:h2:file:/x/db;NON_KEYWORDS=VALUE,MONTH,YEAR;AUTO_SERVER=FALSE;WRITE_DELAY=0;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:file:/x/db;NON_KEYWORDS=year | true | jdbc:h2:file:/x/db;NON_KEYWORDS=year,MONTH;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:mem:test | true | jdbc:h2:mem:test;NON_KEYWORDS=MONTH,YEAR",
            "jdbc:h2:tcp://db:9092/reconcile | true | jdbc:h2:tcp://db:9092/reconcile;NON_KEYWORDS=MONTH,YEAR",
            "jdbc:h2:file:/srv/reconcile/db | false | jdbc:h2:file:/srv/reconcile/db;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0",
            "jdbc:h2:file:/x/db;max_compact_time=500 | false | jdbc:h2:file:/x/db;MAX_COMPACT_TIME=500;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;AUTO_SERVER=TRUE;CACHE_SIZE=131072;TRACE_LEVEL_FILE=0",
            "jdbc:h2:mem:test | false | jdbc:h2:mem:test;NON_KEYWORDS=MONTH,YEAR"})
    void addsWhatIsMissing(String written, boolean compactOnClose, String used) {
        assertThat(H2Url.withProjectSettings(written, compactOnClose)).isEqualTo(used);
    }
}
