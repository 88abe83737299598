package org.civilaffairs.reconcile.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.civilaffairs.reconcile.ingest.FileCounts;
import org.civilaffairs.reconcile.ingest.InboxFile;
import org.civilaffairs.reconcile.ingest.ReferenceExtract;
import org.civilaffairs.reconcile.ingest.ReferenceReader;
import org.civilaffairs.reconcile.ingest.ReferenceSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a partition keeps of the registry, read from the month's extract or, without one, from the delivered file. */
class RegistryLoaderTest {

    private static final YearMonth MONTH = YearMonth.of(2024, 5);
    private static final String ZHANG = IdFixtures.born("1960-03-14", "011");
    private static final String ZHANG_NAMESAKE = IdFixtures.born("1971-08-02", "023");
    private static final String LI = IdFixtures.born("1958-01-30", "035");
    private static final String LI_SAME_DAY = IdFixtures.born("1958-01-30", "047");
    private static final String LI_OTHER_DAY = IdFixtures.born("1966-04-09", "083");
    private static final String WANG = IdFixtures.born("1990-12-01", "059");
    private static final String NOBODY = IdFixtures.born("1985-06-06", "061");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "from the {0}")
    @ValueSource(strings = {"extract", "delivered file"})
    void keepsWhatTheRostersCanAsk(String from) throws IOException {
        RegistryQuestions questions = new RegistryQuestions(MONTH.atEndOfMonth(), 4);
        questions.add("张三", IdFixtures.substituted(ZHANG, 9)); // broken: the registry's 张三 can repair it
        questions.add("李四", LI); // valid: its name, and the other 李四 born that day
        questions.add("王 五", WANG); // valid, written with a space
        questions.add("钱七", IdFixtures.born("2001-02-03", "071")); // valid, not in the registry

        Registry registry = load(from, questions);

        assertThat(registry.delivered()).isTrue();
        assertThat(registry.nameOf(LI)).isEqualTo("李四");
        assertThat(registry.nameOf(WANG)).isEqualTo("王五");
        assertThat(registry.nameOf(ZHANG)).isNull();
        assertThat(registry.nameOf(NOBODY)).isNull();
        assertThat(registry.idsNamed("张三")).containsExactlyInAnyOrder(ZHANG, ZHANG_NAMESAKE);
        assertThat(registry.idsNamed("李四")).containsExactlyInAnyOrder(LI, LI_SAME_DAY);
        assertThat(registry.idsNamed("赵六")).isEmpty();
        assertThat(registry.size()).isEqualTo(2);
    }

    @ParameterizedTest(name = "from the {0}")
    @ValueSource(strings = {"extract", "delivered file"})
    void keepsEveryNamesakeOfABrokenIdWhateverItsOtherRowsSay(String from) throws IOException {
        for (boolean brokenFirst : new boolean[] {true, false}) {
            RegistryQuestions questions = new RegistryQuestions(MONTH.atEndOfMonth(), 2);
            if (brokenFirst) {
                questions.add("李四", IdFixtures.transposed(LI, 14));
            }
            questions.add("李四", LI);
            if (!brokenFirst) {
                questions.add("李四", IdFixtures.transposed(LI, 14));
            }
            assertThat(load(from, questions).idsNamed("李四")).as("broken first: " + brokenFirst)
                    .containsExactlyInAnyOrder(LI, LI_SAME_DAY, LI_OTHER_DAY);
        }
    }

    private Registry load(String from, RegistryQuestions questions) throws IOException {
        Path hukou = dir.resolve("hukou.csv");
        Files.writeString(hukou, String.join("\n", "身份证号,姓名,性别,出生日期,人口状态,状态日期",
                ZHANG + ",张三,男,1960-03-14,正常,",
                ZHANG_NAMESAKE + ",张 三,男,1971-08-02,正常,",
                LI + ",李四,女,1958-01-30,正常,",
                LI_SAME_DAY + ",李四,女,1958-01-30,正常,",
                LI_OTHER_DAY + ",李四,女,1966-04-09,正常,",
                WANG + ",王五,男,1990-12-01,死亡,2024-01-02",
                NOBODY + ",赵六,男,1985-06-06,正常,", ""), StandardCharsets.UTF_8);
        Path extract = dir.resolve("hukou-extract.csv");
        if (from.equals("extract")) {
            writeExtract(hukou, extract);
        }
        return RegistryLoader.load(Optional.of(file(hukou)), extract, questions);
    }

    private static void writeExtract(Path hukou, Path extract) throws IOException {
        try (ReferenceExtract.Output out = ReferenceExtract.create(extract, false)) {
            new ReferenceReader(ReferenceSource.HUKOU, MONTH).read(hukou, StandardCharsets.UTF_8,
                    row -> out.add(ReferenceSource.HUKOU, row));
            out.commit();
        }
        assertThat(Files.readAllLines(extract)).hasSize(7);
    }

    private static InboxFile file(Path hukou) {
        return new InboxFile(1, MONTH, "hukou.csv", "reference", "0".repeat(64), "UTF-8", InboxFile.Status.LOADED,
                hukou, FileCounts.ZERO, null);
    }
}
