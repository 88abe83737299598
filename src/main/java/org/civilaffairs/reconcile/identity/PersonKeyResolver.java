package org.civilaffairs.reconcile.identity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civilaffairs.reconcile.identity.PersonKey.Method;

/** Resolves a roster person (name + ID as typed) to one person key, repairing from the registry (CONTRACT §5, §13.8). */
public final class PersonKeyResolver {

    private final Registry registry;
    private final LocalDate latestBirth;

    /** @param latestBirth the last day of the month being read: no one is born after it */
    public PersonKeyResolver(Registry registry, LocalDate latestBirth) {
        this.registry = registry;
        this.latestBirth = latestBirth;
    }

    public PersonKey resolve(String rawName, String rawId) {
        String name = Names.normalize(rawName);
        String normalized = IdNumbers.normalize(rawId);
        Optional<String> valid = IdNumbers.valid(normalized, latestBirth);
        String brokenText = normalized;
        String reason = "invalid";
        if (valid.isPresent()) {
            Method method = normalized.length() == 15 ? Method.CONVERTED_15 : Method.VALID;
            String registered = registry.nameOf(valid.get());
            if (registered == null || registered.equals(name)) {
                return new PersonKey(valid.get(), method, null);
            }
            brokenText = valid.get();
            reason = "registered under another name";
        }
        if (registry.delivered()) {
            Optional<PersonKey> repaired = repair(name, brokenText, reason);
            if (repaired.isPresent()) {
                return repaired.get();
            }
        }
        return new PersonKey(PersonKey.UNRESOLVED_PREFIX + name + "|" + normalized, Method.UNRESOLVED, reason);
    }

    /** Exactly one same-named registry person one edit away, or born on the date the broken ID shows. */
    private Optional<PersonKey> repair(String name, String broken, String reason) {
        Optional<LocalDate> birth = IdNumbers.birthDate(broken);
        Set<String> fits = new TreeSet<>();
        Method method = null;
        for (String candidate : registry.idsNamed(name)) {
            Method m = editMethod(broken, candidate);
            if (m == null && birth.isPresent() && birth.equals(IdNumbers.birthDate(candidate))) {
                m = Method.REPAIRED_BIRTH_DATE;
            }
            if (m != null) {
                fits.add(candidate);
                method = m;
            }
        }
        if (fits.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new PersonKey(fits.iterator().next(), method, reason));
    }

    /** One substitution or one adjacent transposition between two 18-character texts, else null. */
    static Method editMethod(String broken, String id) {
        if (broken.length() != 18 || id.length() != 18) {
            return null;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < 18; i++) {
            if (broken.charAt(i) != id.charAt(i)) {
                if (first < 0) {
                    first = i;
                }
                differences++;
            }
        }
        if (differences == 1) {
            return Method.REPAIRED_SUBSTITUTION;
        }
        if (differences == 2 && first + 1 < 18
                && broken.charAt(first) == id.charAt(first + 1) && broken.charAt(first + 1) == id.charAt(first)) {
            return Method.REPAIRED_TRANSPOSITION;
        }
        return null;
    }
}
