package uk.council.procurement.onboarding.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.onboarding.control.ApplicationQueries;
import uk.council.procurement.onboarding.control.OnboardingWorkflow;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.onboarding.entity.ApplicationLot;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.onboarding.entity.DocumentKind;
import uk.council.procurement.onboarding.entity.Insurance;
import uk.council.procurement.onboarding.entity.LotRecommendation;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.workflow.Incident;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.security.control.People;
import uk.council.procurement.workflows.OnboardingProcess;
import uk.council.procurement.workflows.OnboardingProcess.Vars;

/**
 * Applications to join a DPS: what providers and council staff do with them. Every method is one
 * transaction in which the entity, the process engine and the audit trail change together. A
 * provider user reaches only its own organisation's applications.
 */
@Stateless
public class Applications {

    public static final String SUBJECT = "APPLICATION";
    private static final String WHAT = "Application";
    private static final java.util.Set<String> PROVIDER_VISIBLE = java.util.Set.of("STARTED", "DOCUMENT_UPLOADED",
            "SUBMITTED", "DEADLINE_EXTENDED", "APPROVED", "AGREEMENT_ACCEPTED", "ADMITTED", "WITHDRAWN");

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    Decisions decisions;

    @Inject
    OnboardingWorkflow workflow;

    @Inject
    ApplicationQueries queries;

    @Inject
    People people;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    @Inject
    uk.council.procurement.membership.control.Membership membership;

    // --- provider ---

    /** Starts a draft application of the caller's organisation to a DPS that is open today. */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderApplication start(String dpsReference) {
        References.required("dpsReference", dpsReference);
        var dps = References.find(em, Dps.class, Dps.BY_REFERENCE, dpsReference)
                .filter(d -> d.getStatus() != DpsStatus.DRAFT)
                .orElseThrow(() -> new RecordNotFound("DPS", dpsReference));
        dps.requireAcceptingApplications(LocalDate.now(clock));
        var provider = em.find(ProviderOrganisation.class, currentUser.providerId()
                .orElseThrow(() -> new RecordNotFound("Organisation of", currentUser.username())));
        em.createNamedQuery(Application.IN_PROGRESS_FOR, String.class)
                .setParameter("provider", provider).setParameter("dps", dps)
                .setParameter("finished", ApplicationStatus.FINISHED)
                .getResultStream().findFirst().ifPresent(existing -> {
                    throw new WrongState("Your organisation already has application " + existing + " to DPS "
                            + dps.getReference() + " in progress; continue that one.");
                });
        var application = new Application(dps, provider, clock.instant());
        em.persist(application);
        application.assignReference(LocalDate.now(clock).getYear());
        em.flush();
        decisions.of(SUBJECT, application.getReference(), "STARTED").details("Draft started for DPS " + dps.getReference())
                .record();
        return providerView(application);
    }

    /** Saves the lots applied for and the insurance of a draft. */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderApplication saveDraft(String reference, long version, DraftChanges changes) {
        var application = load(reference);
        if (changes == null) {
            throw new InvalidInput("", "Nothing to save");
        }
        var lots = lotsFor(application, changes.lotIds() == null ? List.of() : changes.lotIds());
        application.applyForLots(lots);
        application.updateInsurance(new Insurance(changes.insurer(), changes.policyNumber(),
                changes.employersLiabilityCover(), changes.publicLiabilityCover(), changes.insuranceExpiresOn()));
        validation.check(application);
        Versions.expect(application.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        return providerView(application);
    }

    private List<Lot> lotsFor(Application application, List<Long> lotIds) {
        var ids = new HashSet<>(lotIds);
        if (ids.contains(null)) {
            throw new InvalidInput("lotIds", "Lot ids must not be empty");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        var lots = em.createQuery("select l from Lot l join fetch l.dps where l.id in :ids", Lot.class)
                .setParameter("ids", ids).getResultList();
        if (lots.size() != ids.size()) {
            var missing = new HashSet<>(ids);
            lots.forEach(l -> missing.remove(l.getId()));
            throw new RuleViolation("No lot has id " + missing.iterator().next() + ".");
        }
        var alreadyAdmitted = em.createQuery("select a.lot.code from Admission a where a.provider = :provider "
                        + "and a.lot in :lots", String.class)
                .setParameter("provider", application.getProvider()).setParameter("lots", lots).getResultList();
        if (!alreadyAdmitted.isEmpty()) {
            throw new RuleViolation("Your organisation is already admitted to lot " + String.join(", ", alreadyAdmitted) + ".");
        }
        return lots;
    }

    @RolesAllowed(Roles.PROVIDER)
    public ProviderApplication attachDocument(String reference, DocumentKind kind, String fileName, String contentType,
            byte[] content) {
        var application = load(reference);
        var document = application.attach(kind, fileName, contentType, content, currentUser.username(), clock.instant());
        em.flush();
        decisions.of(SUBJECT, reference, "DOCUMENT_UPLOADED").details(document.getKind().label() + ": "
                + document.getFileName() + " (" + document.getSize() + " bytes)").record();
        return providerView(application);
    }

    /** Submits a complete draft: the evaluation clock starts and the onboarding process begins. */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderApplication submit(String reference, long version) {
        var application = load(reference);
        application.submit(LocalDate.now(clock), clock.instant(), calendar);
        Versions.expect(application.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, reference, "SUBMITTED").details("Lots: " + lotCodes(application)
                        + ". Decision due by " + UkFormat.date(application.getDueDate()) + " ("
                        + application.getDps().getEvaluationClock().workingDays() + " working days).")
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, application.getProvider().getName() + " applied to "
                        + application.getDps().getReference() + "; decision due by "
                        + UkFormat.date(application.getDueDate()) + ".")
                .record();
        workflow.start(application);
        return providerView(application);
    }

    /**
     * Deletes a draft the provider no longer wants, with its lots and documents; the decision log
     * keeps who deleted it and when. The provider may then start another application to the DPS.
     */
    @RolesAllowed(Roles.PROVIDER)
    public void deleteDraft(String reference, long version) {
        var application = load(reference);
        application.requireDeletable();
        Versions.expect(application.getVersion(), version, WHAT, reference);
        String dps = application.getDps().getReference();
        String lots = lotCodes(application);
        int documents = application.getDocuments().size();
        em.remove(application);
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, application.getReference(), "DRAFT_DELETED").as(Roles.PROVIDER)
                .details("Draft for DPS " + dps + " deleted" + (lots.isEmpty() ? "" : " (lots " + lots + ")") + " with "
                        + documents + (documents == 1 ? " document" : " documents"))
                .record();
    }

    /**
     * The provider withdraws an application the council has not decided yet, saying why: the
     * officers (and the leads, if it awaited their approval) are told, the process ends (its open
     * task and deadline timer with it), and the provider may apply to the DPS again.
     */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderApplication withdraw(String reference, long version, String reason) {
        reason = uk.council.procurement.platform.Texts.required("reason", reason, 1,
                "Tell the council why the application is withdrawn");
        var application = load(reference);
        ApplicationStatus before = application.getStatus();
        application.withdraw(reason, currentUser.username(), clock.instant());
        Versions.expect(application.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        String notice = application.getProvider().getName() + " withdrew application " + reference + " to "
                + application.getDps().getReference() + ": " + reason;
        var decision = decisions.of(SUBJECT, reference, "WITHDRAWN").as(Roles.PROVIDER).because(reason)
                .details("Withdrawn by the provider while " + before.label().toLowerCase(Locale.UK))
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, notice);
        if (before == ApplicationStatus.AWAITING_APPROVAL) {
            // The approval task the leads had is gone too.
            decision.tellRole(Roles.COMMISSIONING_LEAD, reference, notice);
        }
        decision.record();
        workflow.withdraw(application);
        return providerView(application);
    }

    /** The provider accepts the DPS agreement; admission follows in the process. */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderApplication acceptAgreement(String reference, long version) {
        var application = load(reference);
        application.acceptAgreement(currentUser.username(), clock.instant());
        Versions.expect(application.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, reference, "AGREEMENT_ACCEPTED").as(Roles.PROVIDER)
                .details("DPS agreement accepted for lots " + admittedLotCodes(application)).record();
        workflow.complete(application, OnboardingProcess.ACCEPT_AGREEMENT, currentUser.username(), Map.of());
        return providerView(application);
    }

    // --- council staff ---

    /** A procurement officer recommends an outcome for every lot; a commissioning lead approves it next. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ApplicationDetail recommend(String reference, long version, List<LotRecommendation> recommendations) {
        var application = load(reference);
        application.recommend(recommendations == null ? List.of() : recommendations, currentUser.username(),
                clock.instant());
        Versions.expect(application.getVersion(), version, WHAT, reference);
        requireRoomOnAdmittedLots(application);
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, reference, "RECOMMENDED").as(Roles.PROCUREMENT_OFFICER)
                .details(describeLots(application, true))
                .tellRole(Roles.COMMISSIONING_LEAD, reference, "Recommendation on " + reference + " ("
                        + application.getProvider().getName() + ") awaits approval; due by "
                        + UkFormat.date(application.getDueDate()) + ".")
                .record();
        workflow.complete(application, OnboardingProcess.EVALUATE_APPLICATION, currentUser.username(), Map.of());
        return detail(application);
    }

    /** Extends the evaluation clock once (10 to 15 working days under PCR 2015) with a recorded justification. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD})
    public ApplicationDetail extendDeadline(String reference, long version, String justification) {
        var application = load(reference);
        LocalDate before = application.getDueDate();
        application.extendDeadline(justification, calendar);
        Versions.expect(application.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, reference, "DEADLINE_EXTENDED").because(application.getExtensionJustification())
                .details("Due date moved from " + UkFormat.date(before) + " to " + UkFormat.date(application.getDueDate())
                        + " (" + application.getDps().getEvaluationClock().extendedWorkingDays() + " working days)")
                .tellProvider(application.getProvider().getId(), reference, "The decision on " + reference
                        + " is now due by " + UkFormat.date(application.getDueDate()) + ": "
                        + application.getExtensionJustification())
                .record();
        workflow.moveDeadline(application);
        return detail(application);
    }

    /** A commissioning lead approves the recommendation, which becomes the decision the provider sees. */
    @RolesAllowed(Roles.COMMISSIONING_LEAD)
    public ApplicationDetail approve(String reference, long version, String comment) {
        comment = uk.council.procurement.platform.Texts.optional("comment", comment);
        var application = load(reference);
        application.approve(currentUser.username(), clock.instant());
        Versions.expect(application.getVersion(), version, WHAT, reference);
        requireRoomOnAdmittedLots(application);
        Versions.flush(em, WHAT, reference);
        boolean admitted = application.isAdmittedToAnyLot();
        decisions.of(SUBJECT, reference, "APPROVED").as(Roles.COMMISSIONING_LEAD).because(comment)
                .details(describeLots(application, false))
                .tellProvider(application.getProvider().getId(), reference, admitted
                        ? "Your application " + reference + " was decided: " + admittedLotCodes(application)
                                + ". Accept the DPS agreement to join."
                        : "Your application " + reference + " was not successful; the reasons are on the application.")
                .record();
        workflow.complete(application, OnboardingProcess.APPROVE_DECISION, currentUser.username(),
                Map.of(Vars.APPROVED, true, Vars.ANY_LOT_ADMITTED, admitted));
        return detail(application);
    }

    /** A commissioning lead returns the recommendation to the officers, with a reason. */
    @RolesAllowed(Roles.COMMISSIONING_LEAD)
    public ApplicationDetail returnForEvaluation(String reference, long version, String reason) {
        reason = uk.council.procurement.platform.Texts.required("reason", reason, Application.MIN_REASON_LENGTH,
                "Tell the officer in at least " + Application.MIN_REASON_LENGTH
                        + " characters why the recommendation is returned");
        var application = load(reference);
        application.returnForEvaluation();
        Versions.expect(application.getVersion(), version, WHAT, reference);
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, reference, "RETURNED").as(Roles.COMMISSIONING_LEAD).because(reason)
                .details("Recommendation returned for re-evaluation")
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, "Recommendation on " + reference + " was returned: "
                        + reason.strip())
                .record();
        workflow.complete(application, OnboardingProcess.APPROVE_DECISION, currentUser.username(),
                Map.of(Vars.APPROVED, false));
        return detail(application);
    }

    // --- everyone, scoped ---

    /** An application as council staff see it. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public ApplicationDetail find(String reference) {
        return detail(load(reference));
    }

    /** One of the caller's organisation's applications, as its provider sees it. */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderApplication mine(String reference) {
        return providerView(load(reference));
    }

    /** Providers get their own organisation's applications; staff get every submitted one. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
    public Page<ApplicationSummary> search(ApplicationQuery query) {
        var q = query == null ? ApplicationQuery.firstPage() : query;
        LocalDate today = LocalDate.now(clock);
        Long providerId = currentUser.isProvider() ? currentUser.providerId().orElse(-1L) : null;
        var page = queries.search(q, visibleStatuses(), providerId, today);
        return new Page<>(summaries(page.rows(), today), page.total());
    }

    /** One organisation's submitted applications, newest first, for the staff's provider record. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<ApplicationSummary> ofProvider(Long providerId) {
        LocalDate today = LocalDate.now(clock);
        var page = queries.search(new ApplicationQuery(null, null, null, false, "createdAt", false, 0, 200),
                visibleStatuses(), providerId == null ? -1L : providerId, today);
        return summaries(page.rows(), today);
    }

    /** Rows of a list: lot counts in one query and, for staff, the incidents of the page in one more. */
    private List<ApplicationSummary> summaries(List<Application> rows, LocalDate today) {
        var counts = queries.lotCounts(rows);
        var incidents = currentUser.isProvider() ? Map.<String, List<Incident>>of()
                : workflow.incidents(rows.stream().map(Application::getReference).toList());
        return rows.stream().map(a -> ApplicationViews.summary(a, counts.getOrDefault(a.getId(), 0L), today,
                incidents.get(a.getReference()))).toList();
    }

    /**
     * Gives an automatic step that failed its retries (an incident) one more try, e.g. once the
     * cause is mended (a lot's cap raised, a service back). The process continues if it succeeds.
     */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ApplicationDetail retry(String reference, String incidentId) {
        var application = load(reference);
        workflow.retry(application.getReference(), incidentId);
        decisions.of(SUBJECT, application.getReference(), "RETRIED").as(Roles.PROCUREMENT_OFFICER)
                .details("Failed step retried").record();
        return detail(application);
    }

    /** Who decided what, when and why. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
    public List<HistoryEntry> history(String reference) {
        var application = load(reference);
        var events = audit.eventsOf(SUBJECT, application.getReference());
        if (currentUser.isProvider()) {
            // Providers see what happened to their application and when; council staff appear as
            // "Council" and internal steps (checks, recommendations, returns) stay internal.
            return events.stream().filter(e -> PROVIDER_VISIBLE.contains(e.action()))
                    .map(e -> Roles.PROVIDER.equals(e.actorRole()) ? e
                            : new HistoryEntry(e.at(), null, "Council", null, e.action(),
                                    "DEADLINE_EXTENDED".equals(e.action()) ? e.reason() : null, e.details()))
                    .toList();
        }
        return events;
    }

    /** The steps of the application's process, with who completed each user task. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<ProcessStep> processSteps(String reference) {
        var application = load(reference);
        var steps = workflow.steps(application.getReference());
        // Who completed a finished step, by name; an open step is not completed by anyone yet.
        var names = people.namesOf(steps.stream().filter(s -> s.ended() != null).map(s -> s.assignee()).toList());
        return steps.stream()
                .map(s -> new ProcessStep(s.activityId(), s.name(), s.type(), s.started(), s.ended(),
                        s.ended() == null || s.assignee() == null ? null : names.getOrDefault(s.assignee(), s.assignee())))
                .toList();
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
    public StoredDocument document(String reference, DocumentKind kind) {
        var document = load(reference).document(kind).orElseThrow(() -> new RecordNotFound("Document", kind));
        return new StoredDocument(document.getFileName(), document.getContentType(), document.getContent());
    }

    // --- helpers ---

    private Application load(String reference) {
        var application = References.find(em, Application.class, Application.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound(WHAT, reference));
        currentUser.requireOwnOrganisation(application.getProvider().getId(), WHAT, reference);
        if (!currentUser.isProvider() && application.getStatus() == ApplicationStatus.DRAFT) {
            // A draft is the provider's own until it is submitted.
            throw new RecordNotFound(WHAT, reference);
        }
        return application;
    }

    private List<ApplicationStatus> visibleStatuses() {
        var statuses = new ArrayList<>(List.of(ApplicationStatus.values()));
        if (!currentUser.isProvider()) {
            statuses.remove(ApplicationStatus.DRAFT);
        }
        return statuses;
    }

    private ApplicationDetail detail(Application application) {
        var process = state(application);
        return ApplicationViews.detail(application, LocalDate.now(clock), calendar, process,
                people.namesOf(Arrays.asList(application.getAgreementAcceptedBy(), application.getRecommendedBy(),
                        application.getDecidedBy(), application.getWithdrawnBy(), process.assignee())));
    }

    private ProviderApplication providerView(Application application) {
        var process = state(application);
        return ApplicationViews.forProvider(application, LocalDate.now(clock), calendar, process,
                people.namesOf(Arrays.asList(application.getAgreementAcceptedBy(), application.getWithdrawnBy())));
    }

    private OnboardingWorkflow.State state(Application application) {
        return application.getStatus() == ApplicationStatus.DRAFT ? OnboardingWorkflow.State.NOT_STARTED
                : workflow.state(application.getReference());
    }

    private static String lotCodes(Application application) {
        return application.getLots().stream().map(l -> l.getLot().getCode()).collect(Collectors.joining(", "));
    }

    /** A lot at its cap takes no more providers: say so before the decision, not at admission. */
    private void requireRoomOnAdmittedLots(Application application) {
        application.getLots().stream()
                .filter(l -> l.currentOutcome() != null && l.currentOutcome().admits())
                .forEach(l -> membership.requireRoom(l.getLot()));
    }

    private static String admittedLotCodes(Application application) {
        return application.getLots().stream()
                .filter(l -> l.getOutcome() != null && l.getOutcome().admits())
                .map(l -> l.getLot().getCode() + " " + l.getOutcome().label().toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
    }

    private static String describeLots(Application application, boolean recommended) {
        return application.getLots().stream().map(l -> describe(l, recommended)).collect(Collectors.joining("; "));
    }

    private static String describe(ApplicationLot l, boolean recommended) {
        var outcome = recommended ? l.getRecommendedOutcome() : l.getOutcome();
        var reason = recommended ? l.getRecommendationReason() : l.getOutcomeReason();
        return l.getLot().getCode() + ": " + outcome.label() + (reason == null ? "" : " (" + reason + ")");
    }

}
