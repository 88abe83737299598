package org.civilaffairs.reconcile.privacy;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Log pattern {@code %maskedMsg}: every log message, ours or a library's, passes through {@link Mask},
 * and its control characters are escaped, so that a file name or header cell from the inbox can
 * neither show personal data nor start a forged log line of its own.
 */
public class MaskedMessageConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return escapeControls(Mask.freeText(event.getFormattedMessage()));
    }

    static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
