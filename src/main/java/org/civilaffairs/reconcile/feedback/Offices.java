package org.civilaffairs.reconcile.feedback;

import java.util.Collection;
import java.util.List;
import org.civilaffairs.reconcile.ingest.FileDigest;

/**
 * Which office's feedback a row goes to when the row itself names no known street: the office that
 * sent the file, read from the file name's first part ({@code 石桥街_低保特困_2019-06.csv} → 石桥街,
 * {@code 区残联_残疾人两项补贴_2019-06.csv} → 区残联). A first part that contains exactly one known
 * street ({@code 柳湾街街道办事处}) is that street.
 */
public final class Offices {

    private static final int NAME_CHARS = 60;

    private Offices() {
    }

    public static String sender(String fileName, Collection<String> knownStreets) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        String first = name.split("[_\\s]", 2)[0];
        String office = first.isEmpty() ? name : first;
        List<String> streets = knownStreets.stream().filter(office::contains).toList();
        return streets.size() == 1 ? streets.get(0) : office;
    }

    /** The workbook's file name: {@code 柳湾街_2019-07_核对反馈.xlsx}. */
    public static String workbookName(String office, String month) {
        String safe = office.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return shortened(safe, office) + "_" + month + "_核对反馈.xlsx";
    }

    /**
     * A name of at most {@value #NAME_CHARS} characters: a file system takes 255 bytes, 85 Chinese
     * characters. A longer one (an office read from a long file name) keeps its start and a hash of
     * the whole, so that two offices whose names start alike still get a workbook each.
     */
    private static String shortened(String name, String office) {
        if (name.length() <= NAME_CHARS) {
            return name;
        }
        return name.substring(0, NAME_CHARS - 9) + "~" + FileDigest.sha256(office).substring(0, 8);
    }
}
