package org.civilaffairs.reconcile.feedback;

import java.util.List;

/**
 * One line of a street office's feedback: a rejected row (退回行) or a flagged household (核对疑点).
 *
 * @param key   what stays the same when the office sends the row again, corrected or not: for a
 *              rejected row its reason, street, program, household and name (or its masked text when
 *              it names no household), for a flagged household its program and household number
 * @param codes the reject reason, or the household's flags sorted and joined with {@code ;}
 * @param cells what the sheet shows after the status column, personal data masked
 */
public record FeedbackItem(Kind kind, String key, String codes, List<String> cells) {

    public enum Kind { REJECT, FLAG }
}
