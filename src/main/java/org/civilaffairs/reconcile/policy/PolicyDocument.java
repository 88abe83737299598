package org.civilaffairs.reconcile.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy file as written (CONTRACT §8), bound by Jackson: every key is declared here, so an
 * unknown key, a wrong type or an empty value fails the binding with the key's path and line. A key
 * left out keeps the default below. Value checks that need more than the type (no negative amount,
 * effective dates in order) are made by the value types as they are read, so they name the line too.
 */
final class PolicyDocument {

    @JsonProperty("standards")
    Standards standards;
    @JsonProperty("deposit_limit_months")
    NonNegative depositLimitMonths = new NonNegative(BigDecimal.valueOf(24));
    @JsonProperty("residential_property_limit")
    Count residentialPropertyLimit = new Count(1);
    @JsonProperty("exempt_vehicle_types")
    List<String> exemptVehicleTypes = List.of("摩托车", "残疾人专用车", "三轮车");
    @JsonProperty("streets")
    List<Street> streets = List.of();
    @JsonProperty("indicators")
    Map<Integer, Map<String, NonNegative>> indicators = new LinkedHashMap<>();

    /** The urban and rural 低保 standards, each a list of effective-dated amounts. */
    record Standards(@JsonProperty(value = "urban", required = true) Periods urban,
                     @JsonProperty(value = "rural", required = true) Periods rural) {
    }

    /** {@code {from: 2017-05-01, amount: 670}}: both keys required. */
    record Period(@JsonProperty(value = "from", required = true) LocalDate from,
                  @JsonProperty(value = "amount", required = true) NonNegative amount) {
    }

    /** A standard's periods: at least one, effective dates strictly ascending (no date twice). */
    record Periods(List<Period> list) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        Periods {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("must list at least one {from: YYYY-MM-DD, amount: N}");
            }
            for (int i = 1; i < list.size(); i++) {
                if (!list.get(i).from().isAfter(list.get(i - 1).from())) {
                    throw new IllegalArgumentException("effective dates must ascend without repeats: entry " + (i + 1)
                            + " (from " + list.get(i).from() + ") does not come after entry " + i + " (from "
                            + list.get(i - 1).from() + ")");
                }
            }
        }
    }

    /** {@code {name: 汉正街, aliases: [汉正街道]}}: the name is required. */
    record Street(@JsonProperty(value = "name", required = true) String name,
                  @JsonProperty("aliases") @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> aliases) {
    }

    /** A whole number that is not negative. */
    record Count(int value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        Count {
            if (value < 0) {
                throw new IllegalArgumentException("must not be negative, found " + value);
            }
        }
    }

    /** An amount, limit or target: a number that is not negative. */
    record NonNegative(BigDecimal value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        NonNegative {
            if (value.signum() < 0) {
                throw new IllegalArgumentException("must not be negative, found " + value.toPlainString());
            }
        }
    }
}
