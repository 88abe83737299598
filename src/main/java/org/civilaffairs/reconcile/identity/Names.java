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
        return isNormal(name) ? name : rewrite(Text.fold(name));
    }

    /** Most names need no change: they are returned as they are, without a copy (a registry has millions). */
    private static boolean isNormal(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                continue; // a common 汉字: most of every name, and none of what is asked below
            }
            if (Text.folds(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) || c != '·' && MIDDLE_DOTS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String rewrite(String folded) {
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
