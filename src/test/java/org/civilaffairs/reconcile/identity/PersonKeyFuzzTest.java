package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Seeded random IDs against a random registry full of namesakes and near-twin IDs: random soups
 * and valid IDs broken the ways streets break them. Resolution never throws, a resolved key is
 * always a valid 18-character ID, and a broken ID is repaired exactly when one registry person
 * fits (checked against a plain re-statement of CONTRACT §5 step 5).
 */
class PersonKeyFuzzTest {

    private static final long SEED = 11643L;
    private static final int CASES = 2000;
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2017, 5, 31);
    private static final List<String> NAMES = List.of("张三", "李四", "王五", "赵六", "买买提·艾力", "陈 静", "刘洋", "杨帆");
    private static final String SOUP = "0123456789Xx -*.E+０１９٣३\u3000张\u0000";

    /** How a street breaks a valid ID. */
    private static final List<BiFunction<String, Random, String>> MUTATIONS = List.of(
            (id, r) -> replaceAt(id, r.nextInt(18), (char) ('0' + r.nextInt(10))),
            (id, r) -> swapAt(id, r.nextInt(17)),
            (id, r) -> id.substring(0, 17),
            (id, r) -> id + r.nextInt(10),
            (id, r) -> id.substring(0, 10) + "****" + id.substring(14),
            (id, r) -> id.substring(0, 6) + id.substring(8, 17),
            (id, r) -> id.substring(0, 1) + "." + id.substring(1, 6) + "E+17",
            (id, r) -> id.substring(0, 6) + " " + id.substring(6, 14) + "-" + id.substring(14).toLowerCase(),
            (id, r) -> id);

    @Test
    void keysAreValidAndRepairsUnique() {
        Random random = new Random(SEED);
        Map<String, Set<String>> idsByName = new HashMap<>();
        Registry registry = registry(random, idsByName);
        List<String> ids = idsByName.values().stream().flatMap(Set::stream).sorted().toList();
        PersonKeyResolver resolver = new PersonKeyResolver(registry, LATEST_BIRTH);
        int repaired = 0;
        for (int i = 0; i < CASES; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            String rawId = random.nextInt(3) == 0 ? soup(random) : MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(id, random);
            String name = switch (random.nextInt(10)) {
                case 0 -> null;
                case 1, 2 -> NAMES.get(random.nextInt(NAMES.size()));
                default -> registry.nameOf(id);
            };
            String why = "case " + i + ": " + name + " / " + rawId;
            PersonKey key = resolver.resolve(name, rawId);
            if (key.resolved()) {
                assertThat(IdNumbers.isValid18(key.key(), LATEST_BIRTH)).as(why).isTrue();
            }
            assertThat(key.key()).as(why).isEqualTo(expectedKey(Names.normalize(name), IdNumbers.normalize(rawId), idsByName, registry));
            repaired += key.how().name().startsWith("REPAIRED") ? 1 : 0;
        }
        assertThat(repaired).as("repairs exercised").isGreaterThan(CASES / 20);
    }

    /** CONTRACT §5 restated: a valid ID under its own name stands; a broken one needs exactly one fitting namesake. */
    private static String expectedKey(String name, String normalized, Map<String, Set<String>> idsByName, Registry registry) {
        Optional<String> valid = IdNumbers.valid(normalized, LATEST_BIRTH);
        if (valid.isPresent() && (registry.nameOf(valid.get()) == null || registry.nameOf(valid.get()).equals(name))) {
            return valid.get();
        }
        String broken = valid.orElse(normalized);
        Set<String> fits = new TreeSet<>();
        for (String candidate : idsByName.getOrDefault(name, Set.of())) {
            if (oneEditAway(broken, candidate) || sameBirthDate(broken, candidate)) {
                fits.add(candidate);
            }
        }
        return fits.size() == 1 ? fits.iterator().next() : PersonKey.UNRESOLVED_PREFIX + name + "|" + normalized;
    }

    private static boolean oneEditAway(String broken, String id) {
        if (broken.length() != 18) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < 18; i++) {
            differences += broken.charAt(i) == id.charAt(i) ? 0 : 1;
        }
        for (int i = 0; i < 17 && differences == 2; i++) {
            if (swapAt(broken, i).equals(id)) {
                return true;
            }
        }
        return differences == 1;
    }

    private static boolean sameBirthDate(String broken, String id) {
        return broken.length() >= 14 && date(broken.substring(6, 14)).map(d -> d.equals(date(id.substring(6, 14)).orElse(null)))
                .orElse(false);
    }

    private static Optional<LocalDate> date(String eight) {
        if (!eight.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(eight.substring(0, 4)), Integer.parseInt(eight.substring(4, 6)),
                    Integer.parseInt(eight.substring(6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 300 people over eight names; a third have a namesake twin whose ID differs in one digit. */
    private static Registry registry(Random random, Map<String, Set<String>> idsByName) {
        Registry registry = Registry.empty();
        for (int p = 0; p < 300; p++) {
            String name = Names.normalize(NAMES.get(random.nextInt(NAMES.size())));
            LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(90 * 365));
            String first17 = String.format("4201%02d%s%03d", random.nextInt(20), birth.toString().replace("-", ""), random.nextInt(1000));
            add(registry, idsByName, name, first17);
            if (random.nextInt(3) == 0) {
                add(registry, idsByName, name, replaceAt(first17, 14 + random.nextInt(3), (char) ('0' + random.nextInt(10))));
            }
        }
        return registry;
    }

    private static void add(Registry registry, Map<String, Set<String>> idsByName, String name, String first17) {
        String id = first17 + IdNumbers.checkChar(first17);
        if (registry.nameOf(id) == null) {
            registry.add(id, name);
            idsByName.computeIfAbsent(name, k -> new TreeSet<>()).add(id);
        }
    }

    private static String soup(Random random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(40) : 15 + 3 * random.nextInt(2);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(SOUP.charAt(random.nextInt(SOUP.length())));
        }
        return out.toString();
    }

    private static String replaceAt(String s, int i, char c) {
        return s.substring(0, i) + c + s.substring(i + 1);
    }

    private static String swapAt(String s, int i) {
        return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    }
}
