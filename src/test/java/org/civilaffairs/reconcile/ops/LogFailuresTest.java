package org.civilaffairs.reconcile.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.ErrorStatus;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A log file logback cannot write is one line that says why and what to check, with no stack and no clear ID. */
class LogFailuresTest {

    @Test
    void aFailedWriteIsOneLineWithItsCause() {
        String line = LogFailures.line(new ErrorStatus("IO failure while writing to file [data/logs/reconcile.log]", this,
                new IOException("No space left on device\n\tat somewhere")));
        assertThat(line).isEqualTo("logging failed: IO failure while writing to file [data/logs/reconcile.log] (No space left"
                + " on device): check the free space and the rights of the log file's disk (--reconcile.log-file=FILE names"
                + " another file)");
    }

    @Test
    void aPersonalNumberInTheStatusIsMasked() {
        assertThat(LogFailures.line(new ErrorStatus("cannot write 420104198005092182.log", this)))
                .contains("420104********2182").doesNotContain("420104198005092182");
    }
}
