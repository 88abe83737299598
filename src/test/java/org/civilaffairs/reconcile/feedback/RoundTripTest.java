package org.civilaffairs.reconcile.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static FeedbackItem reject(String key) {
        return new FeedbackItem(FeedbackItem.Kind.REJECT, key, "BAD_DATE", List.of(key));
    }

    private static FeedbackItem flag(String key) {
        return new FeedbackItem(FeedbackItem.Kind.FLAG, key, "VEHICLE", List.of(key));
    }

    @Test
    void aFirstFeedbackHasOnlyNewItems() {
        assertThat(RoundTrip.compare(List.of(reject("a"), flag("b")), null)).extracting(IssuedItem::status)
                .containsExactly(ItemStatus.NEW, ItemStatus.NEW);
    }

    @Test
    void foundAgainIsOpenGoneIsFixedUnseenIsNew() {
        List<IssuedItem> previous = List.of(new IssuedItem(reject("a"), ItemStatus.NEW), new IssuedItem(flag("b"), ItemStatus.OPEN),
                new IssuedItem(flag("c"), ItemStatus.NEW), new IssuedItem(reject("d"), ItemStatus.FIXED));
        List<IssuedItem> issued = RoundTrip.compare(List.of(flag("b"), reject("e"), flag("a")), previous);
        assertThat(issued).containsExactly(new IssuedItem(flag("b"), ItemStatus.OPEN), new IssuedItem(reject("e"), ItemStatus.NEW),
                new IssuedItem(flag("a"), ItemStatus.NEW), new IssuedItem(reject("a"), ItemStatus.FIXED),
                new IssuedItem(flag("c"), ItemStatus.FIXED));
    }
}
