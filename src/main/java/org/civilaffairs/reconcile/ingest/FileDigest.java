package org.civilaffairs.reconcile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One streaming pass over a file: its SHA-256, its size, and whether it is strict UTF-8. A UTF-16
 * byte-order mark is recognised only to reject the file with a clear note (CONTRACT §2 admits
 * UTF-8 and GB18030 only).
 */
public record FileDigest(String sha256, long size, String encoding) {

    public static final String UTF_16 = "UTF-16";
    /** What a file that is not UTF-8 throughout is read as. */
    public static final String GB18030 = "GB18030";

    private static final int BUFFER = 1 << 16;

    public static FileDigest of(Path file) throws IOException {
        MessageDigest sha = newDigest();
        Utf8Check utf8 = new Utf8Check();
        boolean utf16 = false;
        long size = 0;
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                utf16 |= size == 0 && n >= 2 && isUtf16Bom(buf[0] & 0xFF, buf[1] & 0xFF);
                size += n;
                utf8.update(buf, 0, n);
            }
        }
        boolean isUtf8 = utf8.wellFormed();
        String encoding = utf16 ? UTF_16 : isUtf8 ? "UTF-8" : GB18030;
        return new FileDigest(HexFormat.of().formatHex(sha.digest()), size, encoding);
    }

    /**
     * Copies a file and returns the SHA-256 of the copy as written: the hash that must equal the
     * file's is that of the bytes the archive holds. The system copies without the bytes passing
     * through here, and the copy is hashed from the page cache, which for a city's registry (257 MB)
     * takes about a quarter less than hashing the bytes on their way through a stream.
     */
    public static String copy(Path source, Path target) throws IOException {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        MessageDigest sha = newDigest();
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isUtf16Bom(int first, int second) {
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
