package org.civilaffairs.reconcile.policy;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civilaffairs.reconcile.ingest.FileDigest;
import org.civilaffairs.reconcile.ingest.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a policy file (YAML, JSON syntax accepted) strictly: it is bound to {@link PolicyDocument}
 * by Jackson, and every problem (unknown key, wrong type, empty value, negative amount, effective
 * dates out of order, YAML syntax) is one message naming the key and the line ({@link PolicyErrors}).
 */
public final class PolicyLoader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .changeDefaultNullHandling(n -> JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
            .build();

    private PolicyLoader() {
    }

    public static Policy load(Path file) {
        return parse(text(file), file.toString());
    }

    /** A policy file's text, which is UTF-8; a file that cannot be read is refused in words that name the fix. */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new PolicyException("cannot read policy file " + file.toAbsolutePath() + ": it is not UTF-8 text (saved as GBK?):"
                    + " save it as UTF-8", e);
        } catch (NoSuchFileException e) {
            throw new PolicyException("cannot read policy file " + file.toAbsolutePath() + ": there is no such file", e);
        } catch (AccessDeniedException e) {
            throw new PolicyException("cannot read policy file " + file.toAbsolutePath() + ": permission denied", e);
        } catch (IOException e) {
            throw new PolicyException("cannot read policy file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public static Policy parse(String text, String source) {
        if (text.isBlank()) {
            throw new PolicyException("policy " + source + " is empty: it needs at least 'standards' with 'urban' and 'rural'");
        }
        PolicyDocument doc;
        try {
            doc = MAPPER.readValue(text, PolicyDocument.class);
        } catch (JacksonException e) {
            throw new PolicyException("policy " + source + PolicyErrors.describe(e), e);
        }
        if (doc == null || doc.standards == null) {
            throw new PolicyException("policy " + source + ": key 'standards' is missing: add 'standards' with 'urban' and 'rural' lists");
        }
        return toPolicy(doc);
    }

    private static Policy toPolicy(PolicyDocument doc) {
        Map<Program.Standard, List<Policy.StandardPeriod>> standards = new EnumMap<>(Program.Standard.class);
        standards.put(Program.Standard.URBAN, periods(doc.standards.urban()));
        standards.put(Program.Standard.RURAL, periods(doc.standards.rural()));
        Set<String> exempt = new LinkedHashSet<>();
        doc.exemptVehicleTypes.forEach(v -> exempt.add(Text.clean(v)));
        Map<String, String> streets = new LinkedHashMap<>();
        for (PolicyDocument.Street street : doc.streets) {
            String name = Text.clean(street.name());
            streets.put(name, name);
            street.aliases().forEach(alias -> streets.putIfAbsent(Text.clean(alias), name));
        }
        Map<Integer, Map<String, BigDecimal>> targets = new LinkedHashMap<>();
        doc.indicators.forEach((year, codes) -> {
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            codes.forEach((code, target) -> byCode.put(code, target.value()));
            targets.put(year, byCode);
        });
        BigDecimal depositLimit = doc.depositLimitMonths.value();
        int propertyLimit = doc.residentialPropertyLimit.value();
        return new Policy(standards, depositLimit, propertyLimit, exempt, streets, targets,
                FileDigest.sha256(canonical(standards, depositLimit, propertyLimit, exempt, streets, targets)));
    }

    private static List<Policy.StandardPeriod> periods(PolicyDocument.Periods periods) {
        return periods.list().stream().map(p -> new Policy.StandardPeriod(p.from(), p.amount().value())).toList();
    }

    /**
     * The policy's meaning as one text: what it hashes, so that a comment, a layout change or
     * {@code 670} written as {@code 670.00} keeps the hash (and the months closed under it).
     */
    private static String canonical(Map<Program.Standard, List<Policy.StandardPeriod>> standards, BigDecimal depositLimit,
                                     int propertyLimit, Set<String> exempt, Map<String, String> streets,
                                     Map<Integer, Map<String, BigDecimal>> targets) {
        StringBuilder out = new StringBuilder();
        standards.forEach((which, list) -> list.forEach(p -> out.append("standard ").append(which).append(' ')
                .append(p.from()).append(' ').append(plain(p.amount())).append('\n')));
        out.append("deposit_limit_months ").append(plain(depositLimit)).append('\n')
                .append("residential_property_limit ").append(propertyLimit).append('\n');
        exempt.forEach(v -> out.append("exempt ").append(v).append('\n'));
        streets.forEach((alias, name) -> out.append("street ").append(alias).append(" = ").append(name).append('\n'));
        targets.forEach((year, codes) -> codes.forEach((code, target) -> out.append("target ").append(year).append(' ')
                .append(code).append(' ').append(plain(target)).append('\n')));
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

}
