package org.civilaffairs.reconcile.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civilaffairs.reconcile.columns.ColumnSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EM on a small synthetic district: 300 households, of which 12 persons are enrolled a second time
 * in another street under a spreadsheet-damaged ID, and 6 namesakes (same name, another person).
 * The model must learn from the data alone that agreeing names and unreadable IDs point to one person
 * while whole IDs that disagree point to two, and rank every true pair above every namesake.
 */
class FellegiSunterTest {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志";

    @Test
    void emLearnsFromTheMonthAndRanksTruePairsAboveNamesakes() {
        Linker.Result result = link(district(), ColumnSpace.HEAP);
        FellegiSunter model = result.model();
        assertTrue(model.m(Field.ID, Field.ID.index("exact")) > 0.5, "one person's IDs mostly agree");
        assertTrue(model.partialWeight(Field.ID, Field.ID.index("different")) < -3, "whole IDs that disagree: two persons");
        assertTrue(model.partialWeight(Field.NAME, Field.NAME.index("exact")) > 5, "agreeing names are evidence");
        double lowestTrue = result.suspects().stream().filter(s -> s.b().file().equals("b.csv") && s.b().householdId().startsWith("X"))
                .mapToDouble(s -> s.matchWeight().doubleValue()).min().orElseThrow();
        assertEquals(12, result.suspects().stream().filter(s -> s.b().householdId().startsWith("X")).count());
        assertTrue(result.suspects().stream().filter(s -> s.b().householdId().startsWith("Y"))
                .allMatch(s -> s.matchWeight().doubleValue() < lowestTrue), "namesakes rank below every true pair");
    }

    /** A month whose columns are in mapped files links as it does on the heap: the same model, the same suspects. */
    @Test
    void aMonthInMappedFilesLinksAsOnTheHeap(@TempDir Path dir) {
        List<String[]> rows = district();
        Linker.Result onHeap = link(rows, ColumnSpace.HEAP);
        Linker.Result mapped = link(rows, ColumnSpace.filesIn(dir.resolve("linkage")));
        assertTrue(onHeap.suspects().size() >= 12, "suspects");
        assertEquals(onHeap.suspects(), mapped.suspects());
        assertEquals(onHeap.candidatePairs(), mapped.candidatePairs());
        assertEquals(onHeap.model().prior(), mapped.model().prior());
        try (var left = Files.list(dir.resolve("linkage"))) {
            assertEquals(0, left.count(), "every column file deleted once mapped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Linker.Result link(List<String[]> rows, ColumnSpace space) {
        LinkageMonth.Builder month = LinkageMonth.builder("2017-05", 0, space);
        rows.forEach(r -> month.add(r[0], Long.parseLong(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8]));
        return Linker.link(month.build(), -1000, RegistryNamesakes::new);
    }

    private static List<String[]> district() {
        SplittableRandom random = new SplittableRandom(7);
        List<String[]> rows = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        List<String> namesakes = new ArrayList<>();
        for (int h = 0; h < 300; h++) {
            int members = 1 + random.nextInt(3);
            for (int m = 0; m < members; m++) {
                String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + GIVEN.charAt(random.nextInt(GIVEN.length()));
                String id = id(random);
                rows.add(person("a.csv", rows.size() + 2, "H" + h, "c" + h % 20, name, id, id));
                if (m == 0 && h < 12) {
                    twice.add(name);
                    String sci = "4.20104E+17";
                    rows.add(person("b.csv", rows.size() + 2, "X" + h, "d" + h % 7, name, sci, "U:" + name + "|" + sci));
                } else if (m == 0 && h < 18) {
                    namesakes.add(name);
                    String other = id(random);
                    rows.add(person("b.csv", rows.size() + 2, "Y" + h, "d" + h % 7, name, other, other));
                }
            }
        }
        // the same persons in another program too (same keys): what identity resolution already links
        for (int i = 0; i < 60; i++) {
            String[] p = rows.get(30 + i * 3);
            rows.add(new String[] {"c.csv", String.valueOf(1000 + i), "s", "DISABILITY_CARE", "D" + i, p[5], p[6], p[7], p[8]});
        }
        return rows;
    }

    /** A roster row's file, line, street, program, household, community, name, ID as typed and person key. */
    private static String[] person(String file, long line, String household, String community, String name, String id, String key) {
        return new String[] {file, String.valueOf(line), "s-" + household, "URBAN_DIBAO", household, community, name, id, key};
    }

    private static String id(SplittableRandom random) {
        String first17 = "420104" + (1930 + random.nextInt(70)) + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
