package org.civilaffairs.reconcile.privacy;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Log pattern {@code %maskedMsg}: every log message, ours or a library's, passes through {@link Mask}. */
public class MaskedMessageConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Mask.freeText(event.getFormattedMessage());
    }
}
