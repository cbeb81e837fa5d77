package uk.council.procurement.calloff.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.InvalidInput;

/**
 * One thing a requirement asks of every offer: a must-have, a weighted capability or a weighted
 * outcome question. Kept in the requirement's order; answers refer to it by position.
 */
@Embeddable
public class Criterion {

    public static final int MAX_TEXT = 500;
    public static final int MAX_WEIGHT = 100;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CriterionKind kind;

    @Size(max = MAX_TEXT)
    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    /** Weight in the quality score (1 to 100) for capabilities and questions; none for a must-have. */
    @Column
    private Integer weight;

    protected Criterion() {
    }

    Criterion(CriterionKind kind, String text, Integer weight) {
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
        this.weight = kind.scored() ? weight : null;
    }

    /**
     * Criteria as an officer wrote them, checked one by one naming the field: at most {@code max};
     * each with its kind, its text (trimmed, at most {@value #MAX_TEXT} characters) and, for
     * capabilities and questions, a weight from 1 to {@value #MAX_WEIGHT}.
     */
    public static List<Criterion> checked(List<CriterionDetails> given, int max) {
        var list = given == null ? List.<CriterionDetails>of() : given;
        if (list.size() > max) {
            throw new InvalidInput("criteria", "must be at most " + max + " (there are " + list.size() + ")");
        }
        var result = new ArrayList<Criterion>();
        for (int i = 0; i < list.size(); i++) {
            var d = list.get(i);
            String field = "criteria[" + i + "]";
            if (d == null || d.kind() == null) {
                throw new InvalidInput(field + ".kind", "Say whether criterion " + (i + 1)
                        + " is a must-have, a capability or a question");
            }
            String text = d.text() == null || d.text().isBlank() ? null : d.text().strip();
            if (text == null) {
                throw new InvalidInput(field + ".text", "Write criterion " + (i + 1));
            }
            if (text.length() > MAX_TEXT) {
                throw new InvalidInput(field + ".text", "must be at most " + MAX_TEXT + " characters (this is "
                        + text.length() + ")");
            }
            if (d.kind().scored() && (d.weight() == null || d.weight() < 1 || d.weight() > MAX_WEIGHT)) {
                throw new InvalidInput(field + ".weight", "must be a whole number from 1 to " + MAX_WEIGHT);
            }
            result.add(new Criterion(d.kind(), text, d.weight()));
        }
        return result;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Integer getWeight() {
        return weight;
    }
}
