package org.civilaffairs.reconcile.identity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts a file repeats row after row (streets, programs, communities, outcomes, reasons): each
 * written whole the first time, then as its number. A roster's file then costs a few bytes a row
 * for them, and reading it makes one instance of each.
 */
final class RepeatedTexts {

    private static final int NULL = 0;
    /** A text not numbered (the file's numbers are used up), written whole. */
    private static final int WHOLE = 0xFFFE;
    /** A text seen for the first time, written whole; it takes the next number. */
    private static final int FIRST = 0xFFFF;

    private RepeatedTexts() {
    }

    /** The numbers of a file being written. */
    static final class Out {
        private final Map<String, Integer> numbers = new HashMap<>();

        void write(DataOutputStream out, String text) throws IOException {
            if (text == null) {
                out.writeShort(NULL);
                return;
            }
            Integer number = numbers.get(text);
            if (number != null) {
                out.writeShort(number);
                return;
            }
            if (numbers.size() + 1 < WHOLE) {
                numbers.put(text, numbers.size() + 1);
                out.writeShort(FIRST);
            } else {
                out.writeShort(WHOLE);
            }
            out.writeUTF(text);
        }
    }

    /** The texts of a file being read, by number. */
    static final class In {
        private final SharedTexts shared;
        private final List<String> texts = new ArrayList<>();

        In(SharedTexts shared) {
            this.shared = shared;
        }

        String read(DataInputStream in) throws IOException {
            int code = in.readUnsignedShort();
            return switch (code) {
                case NULL -> null;
                case WHOLE -> shared.of(in.readUTF());
                case FIRST -> {
                    String text = shared.of(in.readUTF());
                    texts.add(text);
                    yield text;
                }
                default -> texts.get(code - 1);
            };
        }
    }
}
