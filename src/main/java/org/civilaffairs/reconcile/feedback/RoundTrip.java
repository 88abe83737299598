package org.civilaffairs.reconcile.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The round trip with a street office (反馈—更正—再反馈): the items of this month's data against
 * the open items of the office's previous feedback of the month. An item found again is
 * {@code 仍存在}, one not found again {@code 已改正}, one not issued before {@code 新增}.
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    /**
     * @param current  the items the data holds now, in sheet order
     * @param previous the items of the previous feedback, or null when there was none
     * @return the current items with their status, then the previous items no longer found
     */
    public static List<IssuedItem> compare(List<FeedbackItem> current, List<IssuedItem> previous) {
        List<IssuedItem> issued = new ArrayList<>();
        if (previous == null) {
            current.forEach(item -> issued.add(new IssuedItem(item, ItemStatus.NEW)));
            return issued;
        }
        Set<String> open = new HashSet<>();
        previous.stream().filter(p -> p.status() != ItemStatus.FIXED).forEach(p -> open.add(identity(p.item())));
        Set<String> found = new HashSet<>();
        for (FeedbackItem item : current) {
            String identity = identity(item);
            found.add(identity);
            issued.add(new IssuedItem(item, open.contains(identity) ? ItemStatus.OPEN : ItemStatus.NEW));
        }
        for (IssuedItem p : previous) {
            if (p.status() != ItemStatus.FIXED && !found.contains(identity(p.item()))) {
                issued.add(new IssuedItem(p.item(), ItemStatus.FIXED));
            }
        }
        return issued;
    }

    private static String identity(FeedbackItem item) {
        return item.kind() + "\u0000" + item.key();
    }
}
