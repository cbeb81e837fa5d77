package uk.council.procurement.contracts.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.control.ContractRegister;
import uk.council.procurement.contracts.control.ReviewStarter;
import uk.council.procurement.contracts.control.ReviewTasks;
import uk.council.procurement.contracts.entity.ExtensionReview;
import uk.council.procurement.contracts.entity.Recommendation;
import uk.council.procurement.contracts.entity.ReviewDecision;
import uk.council.procurement.contracts.entity.ReviewOutcome;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;

/**
 * The automatic steps of the extension review, called by its delegates on the engine's threads (no
 * user, hence PermitAll). They take only a review reference from the process; no screen or API reaches them.
 */
@Stateless
@PermitAll
public class ReviewSteps {

    private static final Logger LOG = Logger.getLogger(ReviewSteps.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewStarter starter;

    @Inject
    Decisions decisions;

    @Inject
    uk.council.procurement.contracts.control.DeedRegister deeds;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /** The daily check: a review for each market whose notice deadline is within the lead time. */
    public int startDueReviews() {
        int started = 0;
        var self = context.getBusinessObject(ReviewSteps.class);
        for (var dps : starter.dueMarkets()) {
            // each market's review and its process instance in a transaction of their own: the engine's calls
            // join it only in a new engine context (otherwise they would wait for the daily job's commit)
            org.camunda.bpm.engine.context.ProcessEngineContext.requiresNew();
            try {
                self.startReviewOf(dps.getId());
                started++;
            } catch (RuntimeException e) {
                // one market's refusal does not hold up the others; it is tried again tomorrow
                LOG.log(java.util.logging.Level.WARNING, "No extension review started for " + dps.getReference(), e);
            } finally {
                org.camunda.bpm.engine.context.ProcessEngineContext.clear();
            }
        }
        int count = started;
        LOG.info(() -> "Extension reviews started by the daily check: " + count);
        return started;
    }

    /** One market's review, in a transaction of its own. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void startReviewOf(Long dpsId) {
        starter.start(em.find(uk.council.procurement.dps.entity.Dps.class, dpsId), "system");
    }

    /**
     * After the decisions: each provider not extended is told its end date and notice period (portal and
     * email); each approved extension is recorded on its contract, its deed to follow. Once per item.
     */
    public void giveNotices(String reference) {
        var review = load(reference);
        LocalDate today = LocalDate.now(clock);
        for (var item : review.getItems()) {
            if (item.getDecision() != ReviewDecision.APPROVED || item.getOutcome() != null) {
                continue;
            }
            var contract = item.getContract();
            var provider = contract.getProvider();
            String who = item.getCabinetDate() == null ? item.getDecidedBy()
                    : "cabinet on " + UkFormat.date(item.getCabinetDate()) + " (minute " + item.getCabinetMinute() + ")";
            if (item.getRecommendation() == Recommendation.EXPIRE) {
                item.conclude(ReviewOutcome.NOTICE_GIVEN, today);
                long months = Math.max(0, java.time.temporal.ChronoUnit.MONTHS.between(today,
                        contract.getCurrentExpiry().plusDays(1)));
                String notice = months == 0 ? "less than a month's notice" : months + (months == 1 ? " month's" : " months'")
                        + " notice";
                String message = "Your agreement " + contract.getReference() + " under " + contract.getDps().getReference()
                        + " will not be extended. It ends on " + UkFormat.date(contract.getCurrentExpiry())
                        + " as its terms say: this is " + notice + ", given on " + UkFormat.date(today)
                        + ". No new call-offs reach you after that date.";
                decisions.of(ContractRegister.SUBJECT, contract.getReference(), "NOT_EXTENDED").as(Roles.COMMISSIONING_LEAD)
                        .because(item.getReasons()).details("Decided by " + who + " in review " + reference
                                + "; ends " + UkFormat.date(contract.getCurrentExpiry()))
                        .tellProvider(provider.getId(), contract.getReference(), message).record();
            } else {
                uk.council.procurement.contracts.entity.Extension extension;
                try {
                    extension = contract.checkExtension(item.getMonths(), today);
                } catch (uk.council.procurement.platform.RuleViolation tooLate) {
                    // approved in time, but the terms no longer allow it today: the leads must know
                    decisions.of(ContractRegister.SUBJECT, contract.getReference(), "EXTENSION_NOT_POSSIBLE")
                            .details(tooLate.getMessage())
                            .tellRole(Roles.COMMISSIONING_LEAD, contract.getReference(), tooLate.getMessage()).record();
                    continue;
                }
                item.conclude(ReviewOutcome.DEED_TO_PREPARE, today);
                var deed = deeds.prepare(item, extension, review.getUpliftPercent(),
                        uk.council.procurement.security.boundary.CurrentUser.SYSTEM);
                decisions.of(uk.council.procurement.contracts.control.DeedRegister.SUBJECT, deed.getReference(), "PREPARED")
                        .details("Deed for " + contract.getReference() + " (" + provider.getName() + "): "
                                + UkFormat.date(deed.getOldExpiry()) + " to " + UkFormat.date(deed.getNewExpiry())
                                + ", document SHA-256 " + deed.getDocumentSha256() + "; to be complete by "
                                + UkFormat.date(deed.getDueOn()))
                        .record();
                decisions.of(ContractRegister.SUBJECT, contract.getReference(), "EXTENSION_APPROVED")
                        .as(Roles.COMMISSIONING_LEAD).because(item.getReasons())
                        .details(item.getMonths() + " months, expiry " + UkFormat.date(extension.currentExpiry()) + " to "
                                + UkFormat.date(extension.newExpiry()) + ", decided by " + who + " in review " + reference
                                + "; takes effect when the deed of extension is signed and sealed")
                        .tellProvider(provider.getId(), contract.getReference(), "The council has decided to extend your "
                                + "agreement " + contract.getReference() + " by " + item.getMonths() + " months, to "
                                + UkFormat.date(extension.newExpiry()) + ". Deed of extension " + deed.getReference()
                                + " awaits your signature in the portal by " + UkFormat.date(deed.getDueOn()) + ".")
                        .record();
            }
        }
        decisions.of(ReviewTasks.SUBJECT, reference, "NOTICES_GIVEN").details(review.getItems().size()
                + " providers: notices and approved extensions recorded").record();
    }

    /** The notice deadline is near with decisions open: leads and officers are told. */
    public void escalate(String reference) {
        var review = load(reference);
        long open = review.getItems().stream().filter(i -> i.getDecision() != ReviewDecision.APPROVED).count();
        String message = "Review " + reference + " of " + review.getDps().getReference() + ": the notice deadline is "
                + UkFormat.date(review.getNoticeDeadline()) + " and " + open + " of " + review.getItems().size()
                + " providers are not decided yet.";
        decisions.of(ReviewTasks.SUBJECT, reference, "DEADLINE_NEAR").details(message)
                .tellRole(Roles.COMMISSIONING_LEAD, reference, message)
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, message).record();
    }

    private ExtensionReview load(String reference) {
        var review = References.find(em, ExtensionReview.class, ExtensionReview.BY_REFERENCE, reference)
                .orElseThrow(() -> new IllegalStateException("No review " + reference));
        em.lock(review, LockModeType.PESSIMISTIC_WRITE);
        return review;
    }
}
