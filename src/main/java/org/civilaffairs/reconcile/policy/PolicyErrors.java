package org.civilaffairs.reconcile.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a binding failure into the operator's words: {@code " line 7: deposit_limit_month: unknown key; ..."}. */
final class PolicyErrors {

    private PolicyErrors() {
    }

    static String describe(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException yaml) {
            int line = yaml.getProblemMark().or(yaml::getContextMark).map(m -> m.getLine() + 1).orElse(line(e));
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            return " line " + line + ": not valid YAML: " + oneLine(context + yaml.getProblem());
        }
        String key = path(e);
        return " line " + line(e) + ": " + (key.isEmpty() ? "" : key + ": ") + problem(e);
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key; the keys here are " + unknown.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidNullException || e.getOriginalMessage().startsWith("Missing required")) {
            return "a value is required here";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return oneLine(e.getCause().getMessage());
        }
        if (e instanceof InvalidFormatException bad) {
            return "'" + bad.getValue() + "' is not " + expected(bad.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        String message = oneLine(e.getOriginalMessage());
        if (message.startsWith("Duplicate Object property")) {
            return "key " + message.substring("Duplicate Object property ".length()) + " appears twice";
        }
        return message.startsWith("No content") ? "the policy is empty" : message;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the right kind";
        }
        if (type == BigDecimal.class || type == PolicyDocument.NonNegative.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == PolicyDocument.Count.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type == PolicyDocument.Periods.class) {
            return "a list [...]";
        }
        return "a mapping {key: value}";
    }

    /** {@code standards.urban[1].amount}: the key as the operator writes it. */
    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
