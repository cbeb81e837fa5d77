package uk.council.procurement.onboarding.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * A provider's request to participate in a DPS. Its methods are the steps of the onboarding
 * procedure; each refuses, with a message for the person acting, when the step is not allowed now.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.BY_REFERENCE, query = "select a from Application a join fetch a.dps join fetch a.provider "
        + "where a.reference = :reference")
@NamedQuery(name = Application.IN_PROGRESS_FOR, query = "select a.reference from Application a "
        + "where a.provider = :provider and a.dps = :dps and a.status not in :finished")
public class Application {

    public static final String BY_REFERENCE = "Application.byReference";
    public static final String IN_PROGRESS_FOR = "Application.inProgressFor";
    public static final int MIN_REASON_LENGTH = 10;
    public static final int MIN_JUSTIFICATION_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    @Size(max = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dps_id", nullable = false)
    private Dps dps;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private ProviderOrganisation provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    /** Last day of the evaluation clock. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "deadline_extended", nullable = false)
    private boolean deadlineExtended;

    @Column(name = "extension_justification", length = 2000)
    @Size(max = 2000)
    private String extensionJustification;

    /** Null until the provider gives any of it (an all-null embeddable loads as null). */
    @Valid
    @Embedded
    private Insurance insurance;

    @Column(name = "check_findings", length = 2000)
    @Size(max = 2000)
    private String checkFindings;

    @Column(name = "recommended_by", length = 60)
    @Size(max = 60)
    private String recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Column(name = "decided_by", length = 60)
    @Size(max = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "agreement_accepted_by", length = 60)
    @Size(max = 60)
    private String agreementAcceptedBy;

    @Column(name = "agreement_accepted_at")
    private Instant agreementAcceptedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 60)
    @Size(max = 60)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = 2000)
    @Size(max = 2000)
    private String withdrawalReason;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ApplicationLot> lots = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind")
    private List<ApplicationDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_location", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("locationId")
    private List<LocationSnapshot> locations = new ArrayList<>();

    protected Application() {
    }

    public Application(Dps dps, ProviderOrganisation provider, Instant now) {
        this.dps = Objects.requireNonNull(dps);
        this.provider = Objects.requireNonNull(provider);
        this.createdAt = Objects.requireNonNull(now);
        // Replaced by assignReference once the id is known; never null in the database.
        this.reference = "NEW";
    }

    /** APP-2026-00042: the year it was started and its number. Also the process business key. */
    public void assignReference(int year) {
        if (id == null) {
            throw new IllegalStateException("persist first");
        }
        this.reference = String.format(Locale.UK, "APP-%d-%05d", year, id);
    }

    // --- drafting ---

    public void applyForLots(Collection<Lot> chosen) {
        requireDraft();
        for (Lot lot : chosen) {
            if (!lot.belongsTo(dps)) {
                throw new RuleViolation("Lot " + lot.getCode() + " belongs to DPS " + lot.getDps().getReference()
                        + ", not to " + dps.getReference() + " that this application is for.");
            }
        }
        lots.removeIf(al -> chosen.stream().noneMatch(l -> l.getId().equals(al.getLot().getId())));
        for (Lot lot : chosen) {
            if (lots.stream().noneMatch(al -> al.getLot().getId().equals(lot.getId()))) {
                lots.add(new ApplicationLot(this, lot));
            }
        }
    }

    public void updateInsurance(Insurance insurance) {
        requireDraft();
        this.insurance = insurance == null || insurance.isEmpty() ? null : insurance;
    }

    public ApplicationDocument attach(DocumentKind kind, String fileName, String contentType, byte[] content,
            String uploadedBy, Instant now) {
        requireDraft();
        var existing = document(kind);
        if (existing.isPresent()) {
            // Replaced in place: a delete and an insert of the same kind would meet the unique key at flush.
            existing.get().replace(fileName, contentType, content, uploadedBy, now);
            return existing.get();
        }
        var document = new ApplicationDocument(this, kind, fileName, contentType, content, uploadedBy, now);
        documents.add(document);
        return document;
    }

    private void requireDraft() {
        if (status != ApplicationStatus.DRAFT) {
            throw new WrongState("Application " + reference + " was submitted on " + UkFormat.date(submittedOn)
                    + " and can no longer be changed.");
        }
    }

    /**
     * Only a draft may be deleted: once submitted, an application is part of the procurement record
     * and can at most be withdrawn.
     */
    public void requireDeletable() {
        if (status != ApplicationStatus.DRAFT) {
            throw new WrongState("Application " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + "; only a draft can be deleted" + (ApplicationStatus.UNDECIDED.contains(status)
                            ? " (withdraw it instead, giving a reason)." : "."));
        }
    }

    // --- submission and the evaluation clock ---

    /**
     * Submits the application: everything required must be there, the DPS must be accepting
     * applications today, and the evaluation clock starts (its due date counted in working days).
     */
    public void submit(LocalDate today, Instant now, WorkingDayCalendar calendar) {
        if (status != ApplicationStatus.DRAFT) {
            throw new WrongState("Application " + reference + " was already submitted on "
                    + UkFormat.date(submittedOn) + ".");
        }
        dps.requireAcceptingApplications(today);
        var missing = new ArrayList<InvalidInput.FieldError>();
        if (lots.isEmpty()) {
            missing.add(new InvalidInput.FieldError("lots", "Choose at least one lot to apply for"));
        }
        if (provider.getLocations().isEmpty()) {
            missing.add(new InvalidInput.FieldError("locations",
                    "List at least one CQC location of " + provider.getName()));
        }
        var insurance = getInsurance();
        if (!insurance.isComplete()) {
            missing.add(new InvalidInput.FieldError("insurance",
                    "Give the insurer, policy number, both covers and the expiry date"));
        } else if (!insurance.getExpiresOn().isAfter(today)) {
            missing.add(new InvalidInput.FieldError("insurance.insuranceExpiresOn",
                    "The insurance expired on " + UkFormat.date(insurance.getExpiresOn())));
        }
        for (DocumentKind kind : missingDocuments()) {
            missing.add(new InvalidInput.FieldError("documents." + kind.name(), "Upload the " + kind.label().toLowerCase(Locale.UK)));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        locations.clear();
        provider.getLocations().forEach(l -> locations.add(new LocationSnapshot(l)));
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        submittedOn = today;
        dueDate = calendar.addWorkingDays(today, dps.getEvaluationClock().workingDays());
    }

    public EnumSet<DocumentKind> missingDocuments() {
        var missing = EnumSet.allOf(DocumentKind.class);
        documents.forEach(d -> missing.remove(d.getKind()));
        return missing;
    }

    /** Extends the evaluation clock once, to the DPS's extended period, for a recorded reason. */
    public void extendDeadline(String justification, WorkingDayCalendar calendar) {
        if (!ApplicationStatus.UNDECIDED.contains(status)) {
            throw new WrongState("Application " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + "; only an undecided application's deadline can be extended.");
        }
        if (deadlineExtended) {
            throw new WrongState("The deadline of application " + reference + " was already extended once, to "
                    + UkFormat.date(dueDate) + ".");
        }
        var clock = dps.getEvaluationClock();
        if (!clock.isExtendable()) {
            throw new RuleViolation("The evaluation period of DPS " + dps.getReference() + " cannot be extended.");
        }
        extensionJustification = uk.council.procurement.platform.Texts.required("justification", justification,
                MIN_JUSTIFICATION_LENGTH, "Explain in at least " + MIN_JUSTIFICATION_LENGTH
                        + " characters why the decision needs longer");
        deadlineExtended = true;
        dueDate = calendar.addWorkingDays(submittedOn, clock.extendedWorkingDays());
    }

    // --- evaluation and decision ---

    /** Results of the automatic checks, recorded per lot from the lot's eligibility policy. */
    public void recordChecks(LocalDate today) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new WrongState("Application " + reference + " is not waiting for its checks.");
        }
        CqcRating worst = worstRating();
        for (ApplicationLot lot : lots) {
            var assessment = lot.getLot().getEligibility().assess(worst);
            lot.recordCheck(assessment.suggestion(), assessment.note());
        }
        var findings = new ArrayList<String>();
        var expires = getInsurance().getExpiresOn();
        if (expires != null && !expires.isAfter(dueDate)) {
            findings.add("Insurance expires on " + UkFormat.date(expires)
                    + ", on or before the decision due date.");
        }
        if (locations.stream().noneMatch(l -> l.getRating().isRated())) {
            findings.add("No location has a CQC rating yet.");
        }
        checkFindings = findings.isEmpty() ? "All documents present; ratings checked against each lot's policy."
                : String.join(" ", findings);
        status = ApplicationStatus.UNDER_EVALUATION;
    }

    /** The worst rating among the locations as submitted. */
    public CqcRating worstRating() {
        return locations.stream().map(LocationSnapshot::getRating).reduce(CqcRating.NOT_YET_RATED, CqcRating::worseOf);
    }

    public void recommend(List<LotRecommendation> recommendations, String officer, Instant now) {
        if (status != ApplicationStatus.UNDER_EVALUATION) {
            throw new WrongState("Application " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + "; it is not waiting for a recommendation.");
        }
        Map<Long, LotRecommendation> byLot = recommendations.stream()
                .filter(r -> r.lotId() != null)
                .collect(Collectors.toMap(LotRecommendation::lotId, Function.identity(), (a, b) -> {
                    throw new InvalidInput("lots", "Give one recommendation per lot");
                }));
        for (Long lotId : byLot.keySet()) {
            if (lot(lotId).isEmpty()) {
                throw new RuleViolation("Lot " + lotId + " is not one this application applied for.");
            }
        }
        var errors = new ArrayList<InvalidInput.FieldError>();
        CqcRating worst = worstRating();
        for (ApplicationLot al : lots) {
            var r = byLot.get(al.getLot().getId());
            // Fields are named as the request names them: lots[i] is the i-th recommendation sent.
            String item = r == null ? "lots" : "lots[" + recommendations.indexOf(r) + "]";
            if (r == null || r.outcome() == null) {
                errors.add(new InvalidInput.FieldError(r == null ? item : item + ".outcome",
                        "Recommend an outcome for lot " + al.getLot().getCode()));
                continue;
            }
            String field = item + ".reason";
            String reason = r.reason() == null ? null : r.reason().strip();
            if (r.outcome() != AdmissionOutcome.ADMIT && (reason == null || reason.length() < MIN_REASON_LENGTH)) {
                errors.add(new InvalidInput.FieldError(field, "Give the provider a reason (at least "
                        + MIN_REASON_LENGTH + " characters) for " + r.outcome().label().toLowerCase(Locale.UK)
                        + " on lot " + al.getLot().getCode()));
                continue;
            }
            if (reason != null && reason.length() > 2000) {
                errors.add(new InvalidInput.FieldError(field, "Keep the reason to 2000 characters"));
                continue;
            }
            al.getLot().getEligibility().objectionTo(r.outcome(), worst).ifPresent(objection ->
                    errors.add(new InvalidInput.FieldError(item + ".outcome", "Lot " + al.getLot().getCode() + ": " + objection)));
            al.recommend(r.outcome(), reason == null || reason.isEmpty() ? null : reason);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        recommendedBy = officer;
        recommendedAt = now;
        status = ApplicationStatus.AWAITING_APPROVAL;
    }

    /**
     * A commissioning lead approves the recommendation, which becomes the decision. Segregation of
     * duties: the lead must not be the officer who recommended it.
     */
    public void approve(String lead, Instant now) {
        requireAwaitingApproval();
        requireNotRecommendedBy(lead, "approve it");
        lots.forEach(ApplicationLot::decide);
        decidedBy = lead;
        decidedAt = now;
        status = isAdmittedToAnyLot() ? ApplicationStatus.AWAITING_AGREEMENT : ApplicationStatus.REJECTED;
    }

    /** The lead sends the recommendation back to the officers, who evaluate again. */
    public void returnForEvaluation() {
        requireAwaitingApproval();
        status = ApplicationStatus.UNDER_EVALUATION;
    }

    private void requireAwaitingApproval() {
        if (status != ApplicationStatus.AWAITING_APPROVAL) {
            throw new WrongState("Application " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + (decidedAt != null ? " (decided on " + UkFormat.dateTime(decidedAt) + ")" : "")
                    + "; it is not waiting for approval.");
        }
    }

    /**
     * Segregation of duties: the officer who recommended a decision neither approves it nor takes
     * its approval task (which would keep every other lead from it).
     */
    public void requireNotRecommendedBy(String lead, String act) {
        if (lead.equals(recommendedBy)) {
            throw new RuleViolation("You recommended this decision, so you cannot " + act + ": another "
                    + "commissioning lead must approve it (segregation of duties).");
        }
    }

    public boolean isAdmittedToAnyLot() {
        return lots.stream().anyMatch(l -> l.getOutcome() != null && l.getOutcome().admits());
    }

    /** The provider accepts the DPS agreement for the lots it was admitted to. */
    public void acceptAgreement(String providerUser, Instant now) {
        if (status != ApplicationStatus.AWAITING_AGREEMENT) {
            throw new WrongState("Application " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + "; there is no agreement waiting to be accepted.");
        }
        agreementAcceptedBy = providerUser;
        agreementAcceptedAt = now;
    }

    /**
     * The provider withdraws the application before the council decides it: the evaluation stops
     * and nothing is decided. A draft is deleted instead; a decided application stands.
     */
    public void withdraw(String reason, String providerUser, Instant now) {
        if (status == ApplicationStatus.DRAFT) {
            throw new WrongState("Application " + reference + " is a draft, not submitted: delete it instead.");
        }
        if (!ApplicationStatus.UNDECIDED.contains(status)) {
            throw new WrongState("Application " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + (decidedAt != null ? " (decided on " + UkFormat.dateTime(decidedAt) + ")" : "")
                    + "; only an application not yet decided can be withdrawn.");
        }
        withdrawalReason = reason;
        withdrawnBy = providerUser;
        withdrawnAt = now;
        status = ApplicationStatus.WITHDRAWN;
    }

    /**
     * Admission takes effect; returns the lots decided as admitted (active or suspended), of which
     * membership makes the admissions.
     */
    public List<ApplicationLot> admit() {
        if (status != ApplicationStatus.AWAITING_AGREEMENT || agreementAcceptedAt == null) {
            throw new WrongState("Application " + reference + " cannot be admitted before its agreement is accepted.");
        }
        status = ApplicationStatus.ADMITTED;
        return lots.stream().filter(l -> l.getOutcome() != null && l.getOutcome().admits()).toList();
    }

    /** Ids of the CQC locations that were evaluated: the ones an admission from this application covers. */
    public java.util.Set<String> evaluatedLocationIds() {
        return locations.stream().map(LocationSnapshot::getLocationId).collect(java.util.stream.Collectors.toSet());
    }

    public Optional<ApplicationLot> lot(Long lotId) {
        return lots.stream().filter(l -> l.getLot().getId().equals(lotId)).findFirst();
    }

    public Optional<ApplicationDocument> document(DocumentKind kind) {
        return documents.stream().filter(d -> d.getKind() == kind).findFirst();
    }

    // --- getters ---

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public Dps getDps() {
        return dps;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDeadlineExtended() {
        return deadlineExtended;
    }

    public String getExtensionJustification() {
        return extensionJustification;
    }

    public Insurance getInsurance() {
        return insurance == null ? Insurance.NONE : insurance;
    }

    public String getCheckFindings() {
        return checkFindings;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getAgreementAcceptedBy() {
        return agreementAcceptedBy;
    }

    public Instant getAgreementAcceptedAt() {
        return agreementAcceptedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public List<ApplicationLot> getLots() {
        return Collections.unmodifiableList(lots);
    }

    public List<ApplicationDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public List<LocationSnapshot> getLocations() {
        return Collections.unmodifiableList(locations);
    }
}
