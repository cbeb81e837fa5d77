package uk.council.procurement.calloff.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/**
 * A provider's answer to one criterion of the requirement (same position): yes or no to a must-have,
 * a level for a capability, free text for a question, which an officer marks 0 to 5 once unsealed.
 */
@Embeddable
public class Answer {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_MARK = 5;

    @Column(name = "meets")
    private Boolean meets;

    @Enumerated(EnumType.STRING)
    @Column(name = "capability", length = 20)
    private CapabilityLevel capability;

    @Size(max = MAX_TEXT)
    @Column(name = "answer_text", length = MAX_TEXT)
    private String text;

    @Column(name = "mark")
    private Integer mark;

    @Size(max = 60)
    @Column(name = "marked_by", length = 60)
    private String markedBy;

    @Column(name = "marked_at")
    private Instant markedAt;

    protected Answer() {
    }

    static Answer meets(boolean meets) {
        var a = new Answer();
        a.meets = meets;
        return a;
    }

    static Answer capability(CapabilityLevel level) {
        var a = new Answer();
        a.capability = level;
        return a;
    }

    static Answer text(String text) {
        var a = new Answer();
        a.text = text;
        return a;
    }

    void mark(int mark, String username, Instant now) {
        this.mark = mark;
        this.markedBy = username;
        this.markedAt = now;
    }

    public Boolean getMeets() {
        return meets;
    }

    public CapabilityLevel getCapability() {
        return capability;
    }

    public String getText() {
        return text;
    }

    public Integer getMark() {
        return mark;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
