package org.civilaffairs.reconcile.identity;

import org.civilaffairs.reconcile.ingest.Text;

/** Name normalization of CONTRACT §5: no whitespace, folded, one middle dot (·) for all its spellings. */
public final class Names {

    private static final String MIDDLE_DOTS = "·•・‧∙.．";

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String folded = Text.fold(name);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(MIDDLE_DOTS.indexOf(c) >= 0 ? '·' : c);
        }
        return out.toString();
    }
}
