package org.civilaffairs.reconcile.policy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads and validates a policy file (YAML, JSON syntax accepted). Every problem is one clear message. */
public final class PolicyLoader {

    private PolicyLoader() {
    }

    public static Policy load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException("cannot read policy file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static Policy parse(String text, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new PolicyException("policy " + source + " is not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (!(root instanceof Map<?, ?> raw)) {
            throw new PolicyException("policy " + source + " must be a mapping with a 'standards' key");
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = (Map<Object, Object>) raw;
        try {
            return new Policy(standards(map.get("standards")),
                    decimal(map.getOrDefault("deposit_limit_months", 24), "deposit_limit_months"),
                    decimal(map.getOrDefault("residential_property_limit", 1), "residential_property_limit").intValueExact(),
                    strings(map.getOrDefault("exempt_vehicle_types", List.of("摩托车", "残疾人专用车", "三轮车"))),
                    streets(map.get("streets")),
                    targets(map.get("indicators")),
                    sha256(text));
        } catch (PolicyException e) {
            throw new PolicyException("policy " + source + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PolicyException("policy " + source + " is malformed: " + e.getMessage(), e);
        }
    }

    private static Map<Program.Standard, List<Policy.StandardPeriod>> standards(Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new PolicyException("'standards' with 'urban' and 'rural' lists is required");
        }
        Map<Program.Standard, List<Policy.StandardPeriod>> out = new EnumMap<>(Program.Standard.class);
        for (Program.Standard which : Program.Standard.values()) {
            String key = which.name().toLowerCase();
            if (!(map.get(key) instanceof Collection<?> periods) || periods.isEmpty()) {
                throw new PolicyException("standards." + key + " must list {from, amount} entries");
            }
            List<Policy.StandardPeriod> list = new ArrayList<>();
            for (Object p : periods) {
                if (!(p instanceof Map<?, ?> period)) {
                    throw new PolicyException("standards." + key + " entries must be {from: YYYY-MM-DD, amount: N}");
                }
                list.add(new Policy.StandardPeriod(date(period.get("from"), "standards." + key + ".from"),
                        decimal(period.get("amount"), "standards." + key + ".amount")));
            }
            out.put(which, List.copyOf(list));
        }
        return out;
    }

    private static Map<String, String> streets(Object node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Collection<?> list)) {
            throw new PolicyException("'streets' must be a list of {name, aliases}");
        }
        for (Object s : list) {
            if (!(s instanceof Map<?, ?> street) || street.get("name") == null) {
                throw new PolicyException("every street needs a name");
            }
            String name = Text.clean(String.valueOf(street.get("name")));
            out.put(name, name);
            Object aliases = street.get("aliases");
            for (String alias : strings(aliases == null ? List.of() : aliases)) {
                out.putIfAbsent(alias, name);
            }
        }
        return out;
    }

    private static Map<Integer, Map<String, BigDecimal>> targets(Object node) {
        Map<Integer, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Map<?, ?> years)) {
            throw new PolicyException("'indicators' must map a year to {CODE: target}");
        }
        for (Map.Entry<?, ?> year : years.entrySet()) {
            if (!(year.getValue() instanceof Map<?, ?> codes)) {
                throw new PolicyException("indicators." + year.getKey() + " must map codes to targets");
            }
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            codes.forEach((code, target) -> byCode.put(String.valueOf(code), decimal(target, "indicators." + year.getKey() + "." + code)));
            out.put(Integer.parseInt(String.valueOf(year.getKey()).strip()), byCode);
        }
        return out;
    }

    private static Set<String> strings(Object node) {
        if (!(node instanceof Collection<?> list)) {
            throw new PolicyException("expected a list, found " + node);
        }
        Set<String> out = new LinkedHashSet<>();
        list.forEach(v -> out.add(Text.clean(String.valueOf(v))));
        return out;
    }

    private static BigDecimal decimal(Object value, String what) {
        if (value == null) {
            throw new PolicyException(what + " is required");
        }
        try {
            BigDecimal d = new BigDecimal(String.valueOf(value).strip());
            if (d.signum() < 0) {
                throw new PolicyException(what + " must not be negative");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new PolicyException(what + " must be a number, found '" + value + "'");
        }
    }

    private static LocalDate date(Object value, String what) {
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            throw new PolicyException(what + " must be a date YYYY-MM-DD, found '" + value + "'");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
