package uk.council.procurement.calloff.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private static Evaluation.Offer offer(long id, String price, Answer... answers) {
        return offer(id, price, T0.plusSeconds(id), answers);
    }

    private static Evaluation.Offer offer(long id, String price, Instant at, Answer... answers) {
        return new Evaluation.Offer(id, new BigDecimal(price), at, List.of(answers));
    }

    private static Answer marked(int mark) {
        var a = Answer.text("We keep a named key worker for each resident.");
        a.mark(mark, "officer", T0);
        return a;
    }

    private static Evaluation.Score of(List<Evaluation.Score> scores, long id) {
        return scores.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void withoutWeightedCriteriaPriceDecidesAndQualityIsFull() {
        var scores = Evaluation.of(List.of(), 60, List.of(offer(1, "1000.00"), offer(2, "800.00")));

        assertThat(of(scores, 2).price()).isEqualByComparingTo("100.00");
        assertThat(of(scores, 1).price()).isEqualByComparingTo("80.00");
        assertThat(of(scores, 1).quality()).isEqualByComparingTo("100.00");
        assertThat(of(scores, 1).total()).isEqualByComparingTo("92.00"); // 60 + 80 x 0.4
        assertThat(of(scores, 2).total()).isEqualByComparingTo("100.00");
        assertThat(of(scores, 2).rank()).isEqualTo(1);
        assertThat(of(scores, 1).rank()).isEqualTo(2);
    }

    @Test
    void aNoToAMustHaveExcludesTheOfferWhichThenSetsNoPrice() {
        var criteria = List.of(new Criterion(CriterionKind.MUST_HAVE, "Ground-floor room", null));
        var scores = Evaluation.of(criteria, 60, List.of(offer(1, "500.00", Answer.meets(false)),
                offer(2, "800.00", Answer.meets(true)), offer(3, "1000.00", Answer.meets(true))));

        var excluded = of(scores, 1);
        assertThat(excluded.excluded()).isTrue();
        assertThat(excluded.exclusion()).contains("Ground-floor room");
        assertThat(excluded.rank()).isNull();
        assertThat(excluded.total()).isNull();
        assertThat(of(scores, 2).price()).as("the cheapest offer standing sets the price score")
                .isEqualByComparingTo("100.00");
        assertThat(of(scores, 3).price()).isEqualByComparingTo("80.00");
        assertThat(of(scores, 2).rank()).isEqualTo(1);
        assertThat(of(scores, 3).rank()).isEqualTo(2);
    }

    @Test
    void qualityCanOutweighADearerPriceUnderSixtyForty() {
        var criteria = List.of(new Criterion(CriterionKind.CAPABILITY, "Dementia-trained staff", 30),
                new Criterion(CriterionKind.QUESTION, "How will you keep the person connected to family?", 10));
        var scores = Evaluation.of(criteria, 60, List.of(
                offer(1, "1000.00", Answer.capability(CapabilityLevel.FULLY), marked(5)),
                offer(2, "800.00", Answer.capability(CapabilityLevel.PARTLY), marked(0))));

        assertThat(of(scores, 1).quality()).isEqualByComparingTo("100.00");
        assertThat(of(scores, 2).quality()).isEqualByComparingTo("37.50"); // (30 x 0.5 + 10 x 0) / 40
        assertThat(of(scores, 1).total()).isEqualByComparingTo("92.00"); // 100 x 0.6 + 80 x 0.4
        assertThat(of(scores, 2).total()).isEqualByComparingTo("62.50"); // 37.5 x 0.6 + 100 x 0.4
        assertThat(of(scores, 1).rank()).isEqualTo(1);
    }

    @Test
    void marksScaleTheQuestionsWeightAndUnmarkedAnswersAreCounted() {
        var criteria = List.of(new Criterion(CriterionKind.QUESTION, "Outcome", 20),
                new Criterion(CriterionKind.QUESTION, "Another outcome", 20));
        var unmarked = Answer.text("Not marked yet");
        var scores = Evaluation.of(criteria, 100, List.of(offer(1, "900.00", marked(3), unmarked)));

        assertThat(of(scores, 1).quality()).isEqualByComparingTo("30.00"); // (20 x 3/5 + 0) / 40
        assertThat(of(scores, 1).unmarked()).isEqualTo(1);
        assertThat(of(scores, 1).total()).as("all quality at 100/0").isEqualByComparingTo("30.00");
    }

    @Test
    void scoresAreRoundedHalfUpToTwoPlaces() {
        var scores = Evaluation.of(List.of(), 0, List.of(offer(1, "700.00"), offer(2, "900.00"), offer(3, "2100.00")));

        assertThat(of(scores, 2).price()).isEqualByComparingTo("77.78"); // 77.777...
        assertThat(of(scores, 3).price()).isEqualByComparingTo("33.33"); // 33.333...
        assertThat(of(scores, 2).total()).isEqualByComparingTo("77.78");
    }

    @Test
    void equalTotalsRankTheLowerPriceThenTheEarlierAnswerFirst() {
        // Quality only: every offer scores 100, so only the tie-breaks order them.
        var scores = Evaluation.of(List.of(), 100, List.of(offer(1, "900.00", T0.plusSeconds(50)),
                offer(2, "800.00", T0.plusSeconds(90)), offer(3, "800.00", T0.plusSeconds(10))));

        assertThat(of(scores, 3).rank()).isEqualTo(1);
        assertThat(of(scores, 2).rank()).isEqualTo(2);
        assertThat(of(scores, 1).rank()).isEqualTo(3);
    }

    @Test
    void everyOfferExcludedLeavesNobodyRanked() {
        var criteria = List.of(new Criterion(CriterionKind.MUST_HAVE, "Hoist", null));
        var scores = Evaluation.of(criteria, 60, List.of(offer(1, "500.00", Answer.meets(false))));

        assertThat(scores).singleElement().satisfies(s -> assertThat(s.excluded()).isTrue());
    }

    @Test
    void aWeightingOutsideNoughtToAHundredIsAProgrammingError() {
        assertThatThrownBy(() -> Evaluation.of(List.of(), 101, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Evaluation.of(List.of(), -1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void annualValueIsWeeklyTimesFiftyTwoPointOneFourToThePenny() {
        assertThat(CallOffContract.annualValue(new BigDecimal("1000.00"))).isEqualByComparingTo("52140.00");
        assertThat(CallOffContract.annualValue(new BigDecimal("812.55"))).isEqualByComparingTo("42366.36"); // 42366.357
        assertThat(CallOffContract.annualValue(new BigDecimal("0.01"))).isEqualByComparingTo("0.52"); // 0.5214
        assertThat(CallOffContract.annualValue(new BigDecimal("99999.99"))).isEqualByComparingTo("5213999.48");
    }
}
