package uk.council.procurement.onboarding.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.council.procurement.platform.workflow.Incident;

import uk.council.procurement.onboarding.control.OnboardingWorkflow;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.onboarding.entity.ApplicationLot;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.platform.WorkingDayCalendar;

/** Turns applications into the records that leave the boundary, hiding internal working from providers. */
final class ApplicationViews {

    private ApplicationViews() {
    }

    static ApplicationSummary summary(Application a, long lotCount, LocalDate today, List<Incident> incidents) {
        return new ApplicationSummary(a.getReference(), a.getVersion(), a.getStatus(), a.getStatus().label(),
                a.getDps().getReference(), a.getDps().getTitle(), a.getProvider().getId(), a.getProvider().getName(),
                lotCount, a.getCreatedAt(), a.getSubmittedAt(), a.getDueDate(), a.isDeadlineExtended(),
                isOverdue(a, today), incidents == null || incidents.isEmpty() ? null
                        : incidents.get(0).activityName() + " failed: " + incidents.get(0).message());
    }

    static boolean isOverdue(Application a, LocalDate today) {
        return ApplicationStatus.UNDECIDED.contains(a.getStatus()) && a.getDueDate() != null
                && a.getDueDate().isBefore(today);
    }

    static Integer workingDaysLeft(Application a, LocalDate today, WorkingDayCalendar calendar) {
        if (!ApplicationStatus.UNDECIDED.contains(a.getStatus()) || a.getDueDate() == null) {
            return null;
        }
        return a.getDueDate().isBefore(today) ? -calendar.workingDaysBetween(a.getDueDate(), today)
                : calendar.workingDaysBetween(today, a.getDueDate());
    }

    /** The council's view: everything, including the working inside the council. */
    static ApplicationDetail detail(Application a, LocalDate today, WorkingDayCalendar calendar,
            OnboardingWorkflow.State process, Map<String, String> people) {
        boolean decided = a.getDecidedAt() != null;
        return new ApplicationDetail(a.getReference(), a.getVersion(), a.getStatus(), a.getStatus().label(),
                a.getDps().getReference(), a.getDps().getTitle(), a.getProvider().getId(), a.getProvider().getName(),
                a.getCreatedAt(), a.getSubmittedAt(), a.getSubmittedOn(), a.getDueDate(), a.isDeadlineExtended(),
                a.getExtensionJustification(),
                ApplicationStatus.UNDECIDED.contains(a.getStatus()) && !a.isDeadlineExtended()
                        && a.getDps().getEvaluationClock().isExtendable(),
                workingDaysLeft(a, today, calendar), insurance(a), documents(a), List.copyOf(a.missingDocuments()),
                locations(a), a.getLocations().isEmpty() ? null : a.worstRating(), a.getCheckFindings(),
                a.getLots().stream().map(l -> lot(l, decided, undecidedLabel(a))).toList(), a.getRecommendedBy(),
                a.getRecommendedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getAgreementAcceptedBy(), a.getAgreementAcceptedAt(),
                a.getWithdrawnAt(), a.getWithdrawnBy(), a.getWithdrawalReason(),
                process.currentSteps(), process.deadlineWarningAt(), process.assignee(),
                process.incidents().stream().map(f -> new ApplicationDetail.Attention(f.id(), f.activityName(),
                        f.message(), f.at())).toList(), people);
    }

    /** The provider's view: its own answers and the decisions with their reasons, nothing of the council's working. */
    static ProviderApplication forProvider(Application a, LocalDate today, WorkingDayCalendar calendar,
            OnboardingWorkflow.State process, Map<String, String> people) {
        boolean decided = a.getDecidedAt() != null;
        return new ProviderApplication(a.getReference(), a.getVersion(), a.getStatus(), a.getStatus().label(),
                a.getDps().getReference(), a.getDps().getTitle(), a.getProvider().getId(), a.getProvider().getName(),
                a.getCreatedAt(), a.getSubmittedAt(), a.getSubmittedOn(), a.getDueDate(), a.isDeadlineExtended(),
                a.getExtensionJustification(), workingDaysLeft(a, today, calendar), insurance(a), documents(a),
                List.copyOf(a.missingDocuments()), locations(a), a.getLocations().isEmpty() ? null : a.worstRating(),
                a.getLots().stream().map(l -> {
                    var outcome = decided ? l.getOutcome() : null;
                    return new ProviderApplication.LotOutcome(l.getLot().getId(), l.getLot().getCode(),
                            l.getLot().getTitle(), outcome, outcome == null ? undecidedLabel(a) : outcome.label(),
                            decided ? l.getOutcomeReason() : null);
                }).toList(),
                a.getDecidedAt(), a.getAgreementAcceptedBy(), a.getAgreementAcceptedAt(), a.getWithdrawnAt(),
                a.getWithdrawnBy(), a.getWithdrawalReason(), process.currentSteps(), people);
    }

    private static ApplicationDetail.Insurance insurance(Application a) {
        var i = a.getInsurance();
        return new ApplicationDetail.Insurance(i.getInsurer(), i.getPolicyNumber(), i.getEmployersLiabilityCover(),
                i.getPublicLiabilityCover(), i.getExpiresOn());
    }

    private static List<ApplicationDetail.Document> documents(Application a) {
        return a.getDocuments().stream().map(d -> new ApplicationDetail.Document(d.getKind(), d.getKind().label(),
                d.getFileName(), d.getContentType(), d.getSize(), d.getUploadedAt())).toList();
    }

    private static List<ApplicationDetail.Location> locations(Application a) {
        return a.getLocations().stream().map(l -> new ApplicationDetail.Location(l.getLocationId(), l.getName(),
                l.getRating(), l.getRating().label(), l.getRatingDate())).toList();
    }

    /** What a lot without a decision shows: pending, or withdrawn with its application. */
    private static String undecidedLabel(Application a) {
        return a.getStatus() == ApplicationStatus.WITHDRAWN ? ApplicationStatus.WITHDRAWN.label() : "Pending";
    }

    private static ApplicationDetail.LotDecision lot(ApplicationLot l, boolean decided, String undecided) {
        var outcome = decided ? l.getOutcome() : null;
        return new ApplicationDetail.LotDecision(l.getLot().getId(), l.getLot().getCode(), l.getLot().getTitle(),
                l.getSuggestedOutcome(), l.getCheckNote(), l.getRecommendedOutcome(), l.getRecommendationReason(),
                outcome, outcome == null ? undecided : outcome.label(), decided ? l.getOutcomeReason() : null);
    }
}
