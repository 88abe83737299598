package org.civilaffairs.reconcile.identity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;
import org.civilaffairs.reconcile.ingest.AtomicFile;
import org.civilaffairs.reconcile.ingest.DataFiles;

/**
 * The households of one street of a month as resolve wrote them to the database, with the values
 * it bound (keys as stored, the distinct members as {@link MemberKeys} stores them): written beside the
 * archive by the resolve partition holding the street, so that a check partition reads its streets'
 * households there instead of from the database. Each member's key follows its {@link RepeatedKeys#hash},
 * so that the month's close ({@link #readMembers}) passes over the members enrolled once without
 * decoding them. Every resolve of the month writes every street's
 * file again; a missing one (a month resolved by an earlier release, or a cleaned folder) means
 * "read the database".
 */
public final class StreetHouseholds {

    /** Raised when the layout below changes: an older file is then not found, and the database read. */
    private static final String LAYOUT = "v2";

    private StreetHouseholds() {
    }

    /** A household read back, as the {@code household} table holds it. */
    public interface Sink {
        void household(String street, String program, String householdId, String headKey, BigDecimal amount,
                       BigDecimal declaredIncome, List<String> memberKeys);
    }

    /** A member of a household read back by {@link #readMembers}. */
    public interface MemberSink {
        void member(String street, String program, String householdId, String memberKey);
    }

    /** Where the households of {@code street} in {@code month} live under the archive. */
    public static Path path(Path archiveDir, YearMonth month, String street) {
        return archiveDir.resolve("extract").resolve(month.toString()).resolve("households")
                .resolve(StreetFiles.name(street, LAYOUT));
    }

    /** Writes the households of one street (none is a file too), replacing an earlier file. */
    static void write(Path file, String street, List<Household> households) {
        AtomicFile.write(file, out -> {
            out.writeUTF(street);
            for (Household h : households) {
                out.writeBoolean(true);
                out.writeUTF(h.program());
                out.writeUTF(h.householdId());
                out.writeUTF(PersonKey.stored(h.headKey()));
                out.writeUTF(h.amount().toPlainString());
                amount(out, h.declaredIncome());
                List<String> members = MemberKeys.stored(h.memberKeys());
                out.writeInt(members.size());
                for (String key : members) {
                    out.writeLong(RepeatedKeys.hash(key));
                    out.writeUTF(key);
                }
            }
            out.writeBoolean(false);
        });
    }

    /** Reads one street's households into {@code sink}; false, having read nothing, when its file is missing. */
    public static boolean read(Path file, Sink sink) {
        try (DataInputStream in = DataFiles.reader(file)) {
            String street = in.readUTF();
            while (in.readBoolean()) {
                String program = in.readUTF();
                String householdId = in.readUTF();
                String head = in.readUTF();
                BigDecimal amount = new BigDecimal(in.readUTF());
                BigDecimal declaredIncome = amount(in);
                List<String> members = members(in);
                sink.household(street, program, householdId, sameAsMember(head, members), amount, declaredIncome, members);
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads the members of one street's households whose key's hash {@code wanted} accepts into {@code
     * sink}, passing over the rest of each household unread; false, having read nothing, when the file
     * is missing.
     */
    public static boolean readMembers(Path file, LongPredicate wanted, MemberSink sink) {
        try (DataInputStream in = DataFiles.reader(file)) {
            String street = in.readUTF();
            while (in.readBoolean()) {
                String program = in.readUTF();
                String householdId = in.readUTF();
                for (int i = 0; i < 3; i++) { // head, amount, declared income
                    DataFiles.skipUTF(in);
                }
                for (int m = in.readInt(); m > 0; m--) {
                    if (wanted.test(in.readLong())) {
                        sink.member(street, program, householdId, in.readUTF());
                    } else {
                        DataFiles.skipUTF(in);
                    }
                }
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static UncheckedIOException unreadable(Path file, IOException e) {
        return new UncheckedIOException("cannot read " + file + ": delete it to read the database instead", e);
    }

    private static void amount(DataOutputStream out, BigDecimal amount) throws IOException {
        out.writeUTF(amount == null ? "" : amount.toPlainString());
    }

    private static BigDecimal amount(DataInputStream in) throws IOException {
        String text = in.readUTF();
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    /** The head's key as the instance among the members that equals it: a check partition holds both for seconds. */
    private static String sameAsMember(String head, List<String> members) {
        for (String member : members) {
            if (member.equals(head)) {
                return member;
            }
        }
        return head;
    }

    private static List<String> members(DataInputStream in) throws IOException {
        String[] members = new String[in.readInt()];
        for (int i = 0; i < members.length; i++) {
            in.readLong();
            members[i] = in.readUTF();
        }
        return Arrays.asList(members);
    }
}
