package uk.council.procurement.calloff.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.InvalidInput;

/**
 * A reusable set of criteria for a lot ("Dementia nursing placement"): officers start a
 * requirement's criteria from it. A requirement takes a copy, so changing or deleting a template
 * never changes a requirement already raised.
 */
@Entity
@Table(name = "criteria_template")
public class CriteriaTemplate {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criteria_template_seq")
    @SequenceGenerator(name = "criteria_template_seq", sequenceName = "criteria_template_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @NotBlank(message = "Name the template")
    @Size(max = MAX_NAME)
    @Column(nullable = false, length = MAX_NAME)
    private String name;

    /** The name in lower case: two templates of a lot cannot differ only by case. */
    @Size(max = MAX_NAME)
    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @ElementCollection
    @CollectionTable(name = "criteria_template_criterion", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "changed_by", nullable = false, length = 60)
    @Size(max = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CriteriaTemplate() {
    }

    public CriteriaTemplate(Lot lot, String name, List<CriterionDetails> criteria, String username, Instant now) {
        this.lot = lot;
        change(name, criteria, username, now);
    }

    /** Renames it and replaces its criteria (at least one, at most a requirement's number). */
    public void change(String name, List<CriterionDetails> given, String username, Instant now) {
        String trimmed = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
        if (trimmed == null) {
            throw new InvalidInput("name", "Name the template");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInput("name", "must be at most " + MAX_NAME + " characters (this is " + trimmed.length() + ")");
        }
        var checked = Criterion.checked(given, Requirement.MAX_CRITERIA);
        if (checked.isEmpty()) {
            throw new InvalidInput("criteria", "A template needs at least one criterion");
        }
        this.name = trimmed;
        this.nameKey = keyOf(trimmed);
        criteria.clear();
        criteria.addAll(checked);
        this.changedBy = username;
        this.changedAt = now;
    }

    /** What two names must not share in one lot. */
    public static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The criteria as a requirement takes them. */
    public List<CriterionDetails> details() {
        return criteria.stream().map(c -> new CriterionDetails(c.getKind(), c.getText(), c.getWeight())).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Lot getLot() {
        return lot;
    }

    public String getName() {
        return name;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
