package uk.council.procurement.calloff.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

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
