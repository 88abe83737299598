package org.civilaffairs.reconcile.identity;

import org.civilaffairs.reconcile.ingest.FileDigest;

/** The name of a street's file beside the archive: a digest of the street's text, which may hold any character. */
final class StreetFiles {

    private StreetFiles() {
    }

    static String name(String street, String layout) {
        return "street-" + FileDigest.sha256(street).substring(0, 20) + "-" + layout + ".bin";
    }
}
