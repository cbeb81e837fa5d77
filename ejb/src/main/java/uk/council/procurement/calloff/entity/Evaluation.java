package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scoring rules of a call-off, on their own so that they can be read and tested as rules:
 * <ol>
 * <li>An offer answering "no" to a must-have is excluded, with that must-have as the reason.</li>
 * <li>Quality (0 to 100): each capability earns its weight times the share of its level (fully 1,
 * partly 0.5, not at all 0), each question its weight times mark / 5; the sum over the total weight.
 * An unmarked question earns nothing until it is marked. With no weighted criteria every offer has
 * full quality marks, so price decides.</li>
 * <li>Price (0 to 100): the lowest weekly price among the offers not excluded, divided by the offer's.</li>
 * <li>Total: quality × the lot's quality weight + price × the rest, in per cent. Scores are shown and
 * ranked rounded half-up to two decimal places; equal totals are ranked by the lower weekly price,
 * then the earlier answer.</li>
 * </ol>
 */
public final class Evaluation {

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal MAX_MARK = new BigDecimal(Answer.MAX_MARK);
    private static final int WORKING_SCALE = 10;

    /** An offer as the rules read it. */
    public record Offer(Long id, BigDecimal weeklyPrice, Instant answeredAt, List<Answer> answers) {
    }

    /** An offer's result: the reason it was excluded, or its scores and rank (1 is best). */
    public record Score(Long id, String exclusion, BigDecimal quality, BigDecimal price, BigDecimal total, Integer rank,
            int unmarked) {

        public boolean excluded() {
            return exclusion != null;
        }
    }

    private Evaluation() {
    }

    /**
     * Scores and ranks the offers, in the order given.
     *
     * @param qualityWeight per cent of the total given to quality (0 to 100); price has the rest
     */
    public static List<Score> of(List<Criterion> criteria, int qualityWeight, List<Offer> offers) {
        if (qualityWeight < 0 || qualityWeight > 100) {
            throw new IllegalArgumentException("quality weight " + qualityWeight);
        }
        var exclusions = offers.stream().map(o -> exclusion(criteria, o)).toList();
        BigDecimal lowest = null;
        for (int i = 0; i < offers.size(); i++) {
            var price = offers.get(i).weeklyPrice();
            if (exclusions.get(i) == null && (lowest == null || price.compareTo(lowest) < 0)) {
                lowest = price;
            }
        }
        var qw = BigDecimal.valueOf(qualityWeight);
        var pw = BigDecimal.valueOf(100L - qualityWeight);
        var scores = new ArrayList<Score>();
        for (int i = 0; i < offers.size(); i++) {
            var offer = offers.get(i);
            if (exclusions.get(i) != null) {
                scores.add(new Score(offer.id(), exclusions.get(i), null, null, null, null, 0));
                continue;
            }
            var quality = quality(criteria, offer);
            var price = lowest.multiply(HUNDRED).divide(offer.weeklyPrice(), WORKING_SCALE, RoundingMode.HALF_UP);
            var total = quality.multiply(qw).add(price.multiply(pw)).divide(HUNDRED, WORKING_SCALE, RoundingMode.HALF_UP);
            scores.add(new Score(offer.id(), null, round(quality), round(price), round(total), null, unmarked(criteria, offer)));
        }
        var byId = new java.util.HashMap<Long, Offer>();
        offers.forEach(o -> byId.put(o.id(), o));
        var ranked = scores.stream().filter(s -> !s.excluded())
                .sorted(Comparator.comparing(Score::total).reversed()
                        .thenComparing(s -> byId.get(s.id()).weeklyPrice())
                        .thenComparing(s -> byId.get(s.id()).answeredAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Score::id))
                .toList();
        var result = new ArrayList<Score>();
        for (var s : scores) {
            result.add(s.excluded() ? s
                    : new Score(s.id(), null, s.quality(), s.price(), s.total(), ranked.indexOf(s) + 1, s.unmarked()));
        }
        return result;
    }

    private static String exclusion(List<Criterion> criteria, Offer offer) {
        for (int i = 0; i < criteria.size(); i++) {
            var c = criteria.get(i);
            if (c.getKind() == CriterionKind.MUST_HAVE) {
                var answer = i < offer.answers().size() ? offer.answers().get(i) : null;
                if (answer == null || !Boolean.TRUE.equals(answer.getMeets())) {
                    return "Does not meet the must-have \u201c" + c.getText() + "\u201d";
                }
            }
        }
        return null;
    }

    private static BigDecimal quality(List<Criterion> criteria, Offer offer) {
        long totalWeight = 0;
        var earned = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            var c = criteria.get(i);
            if (!c.getKind().scored()) {
                continue;
            }
            totalWeight += c.getWeight();
            var answer = i < offer.answers().size() ? offer.answers().get(i) : null;
            earned = earned.add(BigDecimal.valueOf(c.getWeight()).multiply(share(c, answer)));
        }
        if (totalWeight == 0) {
            return HUNDRED;
        }
        return earned.multiply(HUNDRED).divide(BigDecimal.valueOf(totalWeight), WORKING_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(Criterion c, Answer answer) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        if (c.getKind() == CriterionKind.CAPABILITY) {
            return answer.getCapability() == null ? BigDecimal.ZERO : answer.getCapability().share();
        }
        return answer.getMark() == null ? BigDecimal.ZERO
                : BigDecimal.valueOf(answer.getMark()).divide(MAX_MARK, WORKING_SCALE, RoundingMode.HALF_UP);
    }

    private static int unmarked(List<Criterion> criteria, Offer offer) {
        int count = 0;
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).getKind() == CriterionKind.QUESTION
                    && (i >= offer.answers().size() || offer.answers().get(i).getMark() == null)) {
                count++;
            }
        }
        return count;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
