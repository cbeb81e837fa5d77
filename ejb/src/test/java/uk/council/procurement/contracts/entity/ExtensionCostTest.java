package uk.council.procurement.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.council.procurement.platform.RuleViolation;

class ExtensionCostTest {

    @Test
    void theBuryFigureIsLastYearsSpendWithTheUpliftRoundedToWholePounds() {
        var cost = ExtensionCost.of(new BigDecimal("9139875"), new BigDecimal("8.24"), 12);
        assertThat(cost.exact()).isEqualByComparingTo("9893000.70");
        assertThat(cost.rounded()).isEqualByComparingTo("9893001");
    }

    @ParameterizedTest
    @CsvSource({
            "9139875, 8.24, 6, 4946500.35, 4946500",
            "9139875, 8.24, 18, 14839501.05, 14839501",
            "120000, 0, 1, 10000.00, 10000",
            "100, 5, 7, 61.25, 61",
            "1000.00, -2.5, 12, 975.00, 975",
            // rounding once: 0.4999... of a pound rounds down, not up through pence
            "5.99, 0, 1, 0.50, 0"})
    void otherPeriodsArePaidProRata(String spend, String uplift, int months, String exact, String rounded) {
        var cost = ExtensionCost.of(new BigDecimal(spend), new BigDecimal(uplift), months);
        assertThat(cost.exact()).isEqualByComparingTo(exact);
        assertThat(cost.rounded()).isEqualByComparingTo(rounded);
    }

    @Test
    void outOfRangeFiguresAreRefused() {
        assertThatThrownBy(() -> ExtensionCost.of(null, BigDecimal.ONE, 12)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ExtensionCost.of(BigDecimal.TEN, new BigDecimal("100.01"), 12)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ExtensionCost.of(BigDecimal.TEN, new BigDecimal("1.234"), 12)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ExtensionCost.of(BigDecimal.TEN, BigDecimal.ONE, 0)).isInstanceOf(RuleViolation.class);
    }
}
