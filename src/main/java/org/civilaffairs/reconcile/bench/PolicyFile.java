package org.civilaffairs.reconcile.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** The policy of a generated inbox, in the shape of {@code jobs/policy.yml}: standards in force, its streets, targets. */
final class PolicyFile {

    static final int URBAN_STANDARD = 1000;
    static final int RURAL_STANDARD = 800;

    private PolicyFile() {
    }

    static void write(Path file, YearMonth month, List<String> streets, long households) throws IOException {
        int year = month.getYear();
        StringBuilder yaml = new StringBuilder()
                .append("# Policy of a generated city-scale inbox (").append(month).append(").\n")
                .append("standards:\n")
                .append("  urban: [{from: 2000-01-01, amount: 600}, {from: ").append(year).append("-01-01, amount: ")
                .append(URBAN_STANDARD).append("}]\n")
                .append("  rural: [{from: 2000-01-01, amount: 360}, {from: ").append(year).append("-01-01, amount: ")
                .append(RURAL_STANDARD).append("}]\n")
                .append("deposit_limit_months: 24\n")
                .append("residential_property_limit: 1\n")
                .append("exempt_vehicle_types: [摩托车, 残疾人专用车, 三轮车]\n")
                .append("streets:\n");
        for (String street : streets) {
            yaml.append("  - {name: ").append(street).append(", aliases: [").append(Streets.alias(street)).append("]}\n");
        }
        long target = Math.max(100, households / 10 * 12);
        yaml.append("indicators:\n")
                .append("  ").append(year).append(": {TEMP_RELIEF_EVENTS: ").append(target / 8)
                .append(", VERIFICATION_REPORTS: ").append(target / 2)
                .append(", BASIC_PAYMENT_ACCURACY: 1.0,\n")
                .append("         BASIC_NEW_HOUSEHOLDS: ").append(target / 50).append(", BASIC_EXITED_HOUSEHOLDS: ")
                .append(target / 60).append(", FLAGGED_EXIT_RATE: 0.95}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }
}
