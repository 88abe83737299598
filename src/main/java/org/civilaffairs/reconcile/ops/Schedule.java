package org.civilaffairs.reconcile.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.civilaffairs.reconcile.UsageError;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The operator's schedule ({@code jobs/schedule.yml}): when the nightly run starts, which inbox
 * and policy it reads, where the scheduler serves its metrics, and for how long what runs leave
 * behind is kept ({@code retention}, {@link Retention}; none when absent). Relative paths are taken
 * from the working directory the scheduler starts in.
 */
public record Schedule(CronExpression cron, Path inbox, Path policy, String metricsHost, int metricsPort,
                       Optional<Duration> retention) {

    public static final Path DEFAULT = Path.of("jobs", "schedule.yml");

    public static Schedule load(Path file) {
        Map<?, ?> map = read(file);
        String cron = required(map, "cron", file);
        if (!CronExpression.isValidExpression(cron)) {
            throw new UsageError("schedule " + file + ": '" + cron
                    + "' is not a cron expression (six fields: second minute hour day month weekday, e.g. \"0 0 2 * * *\")");
        }
        return new Schedule(CronExpression.parse(cron), Path.of(required(map, "inbox", file)),
                Path.of(String.valueOf(getOrDefault(map, "policy", "jobs/policy.yml"))),
                String.valueOf(getOrDefault(map, "metrics_host", "127.0.0.1")),
                port(getOrDefault(map, "metrics_port", 9464), file),
                Optional.ofNullable(map.get("retention")).map(age -> RetentionPeriod.parse(age.toString())));
    }

    private static Map<?, ?> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (new Yaml(new SafeConstructor(new LoaderOptions())).load(in) instanceof Map<?, ?> map) {
                return map;
            }
            throw new UsageError("schedule " + file + " must be a mapping with cron, inbox and policy");
        } catch (MarkedYAMLException e) {
            throw new UsageError("schedule " + file + " line " + (e.getProblemMark().getLine() + 1) + ": not valid YAML: "
                    + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new UsageError("schedule " + file + (e.getCause() instanceof CharacterCodingException
                    ? ": it is not UTF-8 text: save it as UTF-8" : ": not valid YAML: " + e.getMessage().lines().findFirst().orElse("")), e);
        } catch (IOException e) {
            throw new UsageError("cannot read schedule " + file + ": " + e.getMessage(), e);
        }
    }

    private static int port(Object value, Path file) {
        try {
            return Integer.parseInt(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new UsageError("schedule " + file + ": metrics_port '" + value + "' is not a number: write a port, or 0 for none");
        }
    }

    private static Object getOrDefault(Map<?, ?> map, String key, Object fallback) {
        Object value = map.get(key);
        return value == null ? fallback : value;
    }

    private static String required(Map<?, ?> map, String key, Path file) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new UsageError("schedule " + file + " lacks '" + key + "'");
        }
        return value.toString();
    }
}
