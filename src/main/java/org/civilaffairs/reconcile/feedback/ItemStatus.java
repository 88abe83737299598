package org.civilaffairs.reconcile.feedback;

/** Where an item stands against the office's previous feedback of the month. */
public enum ItemStatus {
    /** Not in the previous feedback (every item of a first feedback). */
    NEW("新增"),
    /** In the previous feedback and still there after the corrected roster. */
    OPEN("仍存在"),
    /** In the previous feedback, gone since: the row was corrected or the household no longer flagged. */
    FIXED("已改正");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
