package org.civilaffairs.reconcile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.civilaffairs.reconcile.identity.IdFixtures;
import org.civilaffairs.reconcile.identity.Names;
import org.civilaffairs.reconcile.identity.Registry;
import org.civilaffairs.reconcile.identity.RegistryLoader;
import org.civilaffairs.reconcile.identity.RegistryQuestions;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.ReferenceExtract;
import org.civilaffairs.reconcile.ingest.ReferenceRow;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.civilaffairs.reconcile.ingest.WrittenPerson;
import org.civilaffairs.reconcile.partition.StreetBucket;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resolve partition that reads only its share of the registry extract knows what it would know
 * from the whole extract: for random months of namesakes, broken IDs, valid IDs registered under
 * another name and IDs registered twice, each partition's registry is the same from either file.
 */
class PartitionPersonsTest {

    private static final YearMonth MONTH = YearMonth.of(2024, 5);
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "阿依古丽·买买提");

    @TempDir
    Path dir;

    private record RosterPerson(String street, String name, String id) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void eachShareGivesItsPartitionTheRegistryOfTheWholeExtract(long seed) {
        Random random = new Random(seed);
        List<ReferenceRow> registry = registry(random);
        List<RosterPerson> roster = roster(random, registry);
        Map<String, Integer> assigned = new HashMap<>();
        Map<String, Long> rowsByStreet = new HashMap<>();
        roster.forEach(p -> {
            assigned.put(p.street(), Math.floorMod(p.street().hashCode() * 7, 3));
            rowsByStreet.merge(p.street(), 1L, Long::sum);
        });
        List<StreetBucket> parts = StreetBucket.of(MONTH, 3, assigned);
        MonthPersons whole = new MonthPersons(roster.size());
        PartitionPersons byPart = new PartitionPersons(parts, rowsByStreet, ColumnSpace.HEAP);
        roster.forEach(p -> {
            WrittenPerson written = WrittenPerson.of(p.name(), p.id(), MONTH.atEndOfMonth());
            whole.add(written);
            byPart.add(p.street(), written);
        });
        Path full = dir.resolve("hukou-full.csv");
        List<ReferenceExtract.Output> shares = new ArrayList<>();
        parts.forEach(p -> shares.add(ReferenceExtract.create(ReferenceExtract.partPath(full, p.fileKey()), false)));
        try (ReferenceExtract.Output out = ReferenceExtract.create(full, false)) {
            for (ReferenceRow row : registry) {
                String name = row.text(ReferenceSource.Cols.NAME);
                if (whole.mayNeedRegistryRow(row.id(), name)) {
                    out.add(ReferenceSource.HUKOU, row);
                    for (int p = 0; p < parts.size(); p++) {
                        if (byPart.need(row.id(), Names.normalize(name)).get(p)) {
                            shares.get(p).add(ReferenceSource.HUKOU, row);
                        }
                    }
                }
            }
            shares.forEach(ReferenceExtract.Output::commit);
            out.commit();
        }
        for (StreetBucket part : parts) {
            List<RosterPerson> own = roster.stream().filter(p -> part.holds(p.street())).toList();
            Path share = ReferenceExtract.partPath(full, part.fileKey());
            assertThat(dump(load(share, own), registry)).isEqualTo(dump(load(full, own), registry)).hasSizeGreaterThan(100);
        }
    }

    /** Registry persons of few names, some registered twice under two names. */
    private static List<ReferenceRow> registry(Random random) {
        List<ReferenceRow> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String id = IdFixtures.born(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(400)).toString(),
                    String.format("%03d", random.nextInt(1000)));
            rows.add(row(rows.size() + 2, id, name(random)));
            if (random.nextInt(50) == 0) {
                rows.add(row(rows.size() + 2, id, name(random)));
            }
        }
        return rows;
    }

    /** Roster persons in 12 streets: registered ones, broken IDs, and valid IDs the registry holds under no name. */
    private static List<RosterPerson> roster(Random random, List<ReferenceRow> registry) {
        List<RosterPerson> roster = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            ReferenceRow person = registry.get(random.nextInt(registry.size()));
            String name = person.text(ReferenceSource.Cols.NAME);
            String id = switch (random.nextInt(4)) {
                case 0 -> IdFixtures.substituted(person.id(), 3 + random.nextInt(14));
                case 1 -> IdFixtures.withCheck(person.id().substring(0, 14) + String.format("%03d", random.nextInt(1000)));
                default -> person.id();
            };
            roster.add(new RosterPerson("街道" + random.nextInt(12), random.nextInt(10) == 0 ? name(random) : name, id));
        }
        return roster;
    }

    private static String name(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    private static ReferenceRow row(long line, String id, String name) {
        return new ReferenceRow(line, id, Map.of(ReferenceSource.Cols.NAME, name), null, null, null);
    }

    /** The registry a resolve partition of these persons builds from an extract, as MonthResolution asks for it. */
    private static Registry load(Path extract, List<RosterPerson> persons) {
        RegistryQuestions questions = new RegistryQuestions(MONTH.atEndOfMonth(), persons.size());
        persons.forEach(p -> questions.add(p.name(), p.id()));
        InboxFile hukou = new InboxFile(1, MONTH, "hukou.csv", "reference", "0".repeat(64), "UTF-8", InboxFile.Status.LOADED,
                extract, FileCounts.ZERO, null);
        return RegistryLoader.load(Optional.of(hukou), extract, questions);
    }

    /** What a registry answers about every ID and name of the registry rows. */
    private static Map<String, Object> dump(Registry registry, List<ReferenceRow> rows) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (ReferenceRow row : rows) {
            String name = Names.normalize(row.text(ReferenceSource.Cols.NAME));
            if (registry.nameOf(row.id()) != null) {
                answers.put("id " + row.id(), registry.nameOf(row.id()));
            }
            if (!registry.idsNamed(name).isEmpty()) {
                answers.put("name " + name, registry.idsNamed(name));
            }
        }
        answers.put("size", registry.size());
        return answers;
    }
}
