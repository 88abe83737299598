package org.civilaffairs.reconcile.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A {@code spring.datasource.url} of a database the jar has no driver for is refused in words that name the fix. */
class SupportedUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "jdbc:h2:file:./data/reconcile;AUTO_SERVER=TRUE | -",
            "jdbc:h2:mem:test | -",
            "jdbc:h2:tcp://db:9092/reconcile | -",
            "jdbc:mysql://127.0.0.1:3306/test | -",
            "jdbc:postgresql://localhost/reconcile | postgresql",
            "jdbc:mariadb://127.0.0.1:3306/test | mariadb",
            "notajdbcurl | not a JDBC URL"})
    void onlyH2AndMysqlUrlsAreTaken(String url, String refused) {
        if (refused == null) {
            assertThatCode(() -> DatabaseSetup.requireSupported(url)).doesNotThrowAnyException();
            return;
        }
        Throwable thrown = catchThrowable(() -> DatabaseSetup.requireSupported(url));
        assertThat(thrown).hasMessage("spring.datasource.url is of a database reconcile cannot use (" + refused + "): give"
                + " jdbc:h2:file:PATH (the embedded default) or jdbc:mysql://HOST:3306/DATABASE (MySQL or MariaDB)");
    }
}
