package org.civilaffairs.reconcile.privacy;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Log pattern {@code %maskedEx}: stack traces and exception messages are masked too. */
public class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return Mask.freeText(super.throwableProxyToString(proxy));
    }
}
