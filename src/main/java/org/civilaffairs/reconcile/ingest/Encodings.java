package org.civilaffairs.reconcile.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CONTRACT §2: a file that decodes as strict UTF-8 is UTF-8 (BOM or not); otherwise GB18030. */
public final class Encodings {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private Encodings() {
    }

    /** Opens a file for reading in the given charset, dropping a UTF-8 byte-order mark. */
    public static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    public static Charset byName(String name) {
        return "UTF-8".equals(name) ? StandardCharsets.UTF_8 : GB18030;
    }
}
