package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.contracts.control.ContractRegister;
import uk.council.procurement.contracts.control.CouncilSeal;
import uk.council.procurement.contracts.control.DeedDocument;
import uk.council.procurement.contracts.control.DeedRegister;
import uk.council.procurement.contracts.entity.Deed;
import uk.council.procurement.contracts.entity.DeedStatus;
import uk.council.procurement.contracts.entity.ExtensionCost;
import uk.council.procurement.onboarding.boundary.StoredDocument;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.PagedQuery;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.StoredFile;
import uk.council.procurement.platform.Texts;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.workflows.DeedOfExtensionProcess;

/**
 * Deeds of extension: legal's queue and sealing, the provider's reading and signing. A provider reaches
 * only its own deeds (another's is "not found"). Each signature names the SHA-256 digest of the document
 * its signer read; a digest that is not the document's now is refused, and so are stored bytes that no
 * longer match their digest. The seal, the sealed PDF and the contract's new expiry are one transaction.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class Deeds {

    private static final String WHAT = "Deed";
    private static final String PDF = "application/pdf";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    DeedRegister register;

    @Inject
    CouncilSeal seal;

    @Inject
    Workflows workflows;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /** Staff: every deed, open ones first by due date; a provider: its own. Status filters. */
    public Page<DeedSummary> list(String status, int first, int max) {
        var paged = new PagedQuery();
        if (status != null && !status.isBlank()) {
            String s = status.strip().toUpperCase(Locale.UK);
            if ("OPEN".equals(s)) {
                paged.where("d.status in :open", "open", List.of(DeedStatus.AWAITING_PROVIDER, DeedStatus.AWAITING_SEAL));
            } else {
                try {
                    paged.where("d.status = :status", "status", DeedStatus.valueOf(s));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("status", "must be one of open, awaiting_provider, awaiting_seal, sealed, refused");
                }
            }
        }
        if (currentUser.isProvider()) {
            paged.where("d.contract.provider.id = :provider", "provider", currentUser.providerId().orElse(-1L));
        }
        LocalDate today = LocalDate.now(clock);
        return paged.page(em, Deed.class, "select d from Deed d join fetch d.contract c join fetch c.provider join fetch c.dps",
                "select count(d) from Deed d",
                "case when d.status = 'AWAITING_SEAL' then 0 when d.status = 'AWAITING_PROVIDER' then 1 else 2 end, "
                        + "d.dueOn, d.id", first, max, d -> summary(d, today));
    }

    public DeedView find(String reference) {
        return view(load(reference, false));
    }

    /** The document to read and sign, exactly as its digest names it. */
    public StoredDocument document(String reference) {
        var deed = load(reference, false);
        return new StoredDocument(deed.getReference() + ".pdf", PDF, deed.getDocument().content());
    }

    /** The sealed PDF (the document with the council's seal added as an incremental update). */
    public StoredDocument sealedDocument(String reference) {
        var deed = load(reference, false);
        if (deed.getSealedDocument() == null) {
            throw new RecordNotFound("Sealed deed", deed.getReference());
        }
        return new StoredDocument(deed.getReference() + "-sealed.pdf", PDF, deed.getSealedDocument().content());
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<HistoryEntry> history(String reference) {
        return audit.historyOf(DeedRegister.SUBJECT, load(reference, false).getReference());
    }

    /** Legal varies the terms before the provider signs: a new document with a new digest. */
    @RolesAllowed(Roles.LEGAL)
    public DeedView revise(String reference, long version, String variedTerms, String reason) {
        var deed = load(reference, true);
        Versions.expect(deed.getVersion(), version, WHAT, deed.getReference());
        String why = Texts.required("reason", reason, 5, "Say why the terms change (at least 5 characters)");
        deed.revise(variedTerms, currentUser.username(), clock.instant());
        register.generate(deed);
        Versions.flush(em, WHAT, deed.getReference());
        decisions.of(DeedRegister.SUBJECT, deed.getReference(), "REVISED").as(Roles.LEGAL).because(why)
                .details("Revision " + deed.getRevision() + ", SHA-256 " + deed.getDocumentSha256() + "; varied terms: "
                        + deed.getVariedTerms())
                .tellProvider(deed.getContract().getProvider().getId(), deed.getReference(), "Deed " + deed.getReference()
                        + " has been revised (revision " + deed.getRevision() + "). Read it again before you sign.")
                .record();
        return view(deed);
    }

    /** The provider signs the document it read: the digest it saw must be the document's. */
    @RolesAllowed(Roles.PROVIDER)
    public DeedView sign(String reference, long version, String signatory, String digest) {
        var deed = load(reference, true);
        Versions.expect(deed.getVersion(), version, WHAT, deed.getReference());
        requireIntact(deed);
        deed.signByProvider(signatory, digest, currentUser.username(), clock.instant());
        Versions.flush(em, WHAT, deed.getReference());
        workflows.correlate(DeedOfExtensionProcess.PROCESS_ID, deed.getReference(), DeedOfExtensionProcess.MESSAGE_SIGNED,
                Map.of(), WHAT);
        var contract = deed.getContract();
        decisions.of(DeedRegister.SUBJECT, deed.getReference(), "PROVIDER_SIGNED").as(Roles.PROVIDER)
                .details("Signed by " + deed.getProviderSignatory() + " for " + contract.getProvider().getName()
                        + "; document SHA-256 " + deed.getProviderSignedSha256())
                .tellRole(Roles.LEGAL, deed.getReference(), "Deed " + deed.getReference() + " (" + contract.getReference()
                        + ", " + contract.getProvider().getName() + ") is signed by the provider and awaits your seal by "
                        + UkFormat.date(deed.getDueOn()) + ".")
                .record();
        decisions.of(ContractRegister.SUBJECT, contract.getReference(), "DEED_SIGNED_BY_PROVIDER").as(Roles.PROVIDER)
                .details("Deed " + deed.getReference() + " signed by " + deed.getProviderSignatory()).record();
        return view(deed);
    }

    /** The provider declines to sign, with its reasons: the agreement is not extended. */
    @RolesAllowed(Roles.PROVIDER)
    public DeedView refuse(String reference, long version, String reason) {
        var deed = load(reference, true);
        Versions.expect(deed.getVersion(), version, WHAT, deed.getReference());
        String why = Texts.required("reason", reason, 5, "Say why you do not sign (at least 5 characters)");
        deed.refuse(why, currentUser.username(), clock.instant());
        Versions.flush(em, WHAT, deed.getReference());
        workflows.correlate(DeedOfExtensionProcess.PROCESS_ID, deed.getReference(), DeedOfExtensionProcess.MESSAGE_REFUSED,
                Map.of(), WHAT);
        var contract = deed.getContract();
        String message = contract.getProvider().getName() + " refused to sign deed " + deed.getReference() + ": "
                + contract.getReference() + " is not extended and ends on " + UkFormat.date(contract.getCurrentExpiry()) + ".";
        decisions.of(DeedRegister.SUBJECT, deed.getReference(), "REFUSED").as(Roles.PROVIDER).because(why)
                .details(message).tellRole(Roles.COMMISSIONING_LEAD, deed.getReference(), message)
                .tellRole(Roles.LEGAL, deed.getReference(), message).record();
        decisions.of(ContractRegister.SUBJECT, contract.getReference(), "DEED_REFUSED").as(Roles.PROVIDER).because(why)
                .details("Deed " + deed.getReference() + " refused; ends " + UkFormat.date(contract.getCurrentExpiry()))
                .record();
        return view(deed);
    }

    /**
     * Legal signs and seals the document the provider signed. In this one transaction: the digests are
     * checked, the PAdES seal is applied and the sealed PDF kept, the contract's expiry changes (its terms
     * checked again), legal's task completes and the decision is recorded; any refusal leaves all as it was.
     */
    @RolesAllowed(Roles.LEGAL)
    public DeedView seal(String reference, long version, String signatory, String sealNumber, LocalDate sealedOn,
            String digest) {
        var deed = load(reference, true);
        Versions.expect(deed.getVersion(), version, WHAT, deed.getReference());
        Instant now = clock.instant();
        deed.checkSeal(signatory, sealNumber, sealedOn, digest, LocalDate.ofInstant(now, Clocks.UK), Clocks.UK);
        byte[] pdf = requireIntact(deed);
        String number = sealNumber.strip();
        em.createQuery("select d.reference from Deed d where lower(d.sealNumber) = :number", String.class)
                .setParameter("number", number.toLowerCase(Locale.UK)).getResultStream().findFirst().ifPresent(other -> {
                    throw new InvalidInput("sealNumber", "is already in the seal register, for deed " + other);
                });
        var contract = deed.getContract();
        em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(contract);
        if (!contract.getCurrentExpiry().equals(deed.getOldExpiry())) {
            throw new RuleViolation("Contract " + contract.getReference() + " now expires on "
                    + UkFormat.date(contract.getCurrentExpiry()) + ", not " + UkFormat.date(deed.getOldExpiry())
                    + " as deed " + deed.getReference() + " says; it cannot be sealed.");
        }
        BigDecimal spendBefore = contract.getAnnualSpend();
        var extension = contract.extend(deed.getMonths(), deed.getNoticeGivenOn(), currentUser.username(), now);
        byte[] sealed = seal.seal(pdf, signatory.strip(), number, now);
        var file = new StoredFile(sealed);
        em.persist(file);
        deed.seal(signatory, number, sealedOn, currentUser.username(), now, file, DeedDocument.sha256(sealed),
                seal.key().subject());
        Versions.flush(em, WHAT, deed.getReference());
        workflows.complete(DeedOfExtensionProcess.PROCESS_ID, deed.getReference(), DeedOfExtensionProcess.SEAL,
                currentUser.username(), Map.of(), WHAT);
        String change = contract.getReference() + " extended by " + deed.getMonths() + " months: expiry "
                + UkFormat.date(extension.currentExpiry()) + " to " + UkFormat.date(extension.newExpiry());
        decisions.of(DeedRegister.SUBJECT, deed.getReference(), "SEALED").as(Roles.LEGAL)
                .details("Signed and sealed by " + deed.getLegalSignatory() + " on " + UkFormat.date(sealedOn)
                        + ", seal register " + deed.getSealNumber() + ", document SHA-256 " + deed.getSealedSha256()
                        + "; " + change)
                .tellProvider(contract.getProvider().getId(), deed.getReference(), "Deed " + deed.getReference()
                        + " is signed and sealed by the council: your agreement " + contract.getReference() + " now runs to "
                        + UkFormat.date(extension.newExpiry()) + ".")
                .tellRole(Roles.COMMISSIONING_LEAD, deed.getReference(), "Deed " + deed.getReference() + " sealed: " + change)
                .record();
        decisions.of(ContractRegister.SUBJECT, contract.getReference(), "EXTENDED").as(Roles.LEGAL)
                .details(change + " by deed " + deed.getReference() + " (seal register " + deed.getSealNumber()
                        + "); annual spend " + UkFormat.pounds(spendBefore))
                .record();
        return view(deed);
    }

    /** The stored bytes must still be the ones whose digest is recorded. */
    private static byte[] requireIntact(Deed deed) {
        byte[] pdf = deed.getDocument().content();
        if (!DeedDocument.sha256(pdf).equals(deed.getDocumentSha256())) {
            throw new RuleViolation("The stored document of deed " + deed.getReference() + " no longer matches its "
                    + "SHA-256 digest: it cannot be signed. Ask legal to generate it again.");
        }
        return pdf;
    }

    private Deed load(String reference, boolean forChange) {
        String ref = References.required("reference", reference);
        var deed = References.find(em, Deed.class, Deed.BY_REFERENCE, ref).orElseThrow(() -> new RecordNotFound(WHAT, ref));
        if (currentUser.isProvider()
                && !deed.getContract().getProvider().getId().equals(currentUser.providerId().orElse(-1L))) {
            throw new RecordNotFound(WHAT, ref);
        }
        if (forChange) {
            em.lock(deed, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(deed);
        }
        return deed;
    }

    private static DeedSummary summary(Deed d, LocalDate today) {
        var c = d.getContract();
        return new DeedSummary(d.getReference(), d.getStatus().name(), d.getStatus().label(), c.getReference(),
                c.getDps().getReference(), c.getProvider().getName(), d.getMonths(), d.getOldExpiry(), d.getNewExpiry(),
                d.getDueOn(), d.isOverdueOn(today), d.getRevision());
    }

    private DeedView view(Deed d) {
        var c = d.getContract();
        BigDecimal cost = d.getAnnualSpend() == null ? null : ExtensionCost.of(d.getAnnualSpend(),
                d.getUpliftPercent() == null ? BigDecimal.ZERO : d.getUpliftPercent(), d.getMonths()).rounded();
        List<DeedView.Seal> seals = d.getSealedDocument() == null ? List.of()
                : CouncilSeal.verify(d.getSealedDocument().content()).stream().map(v -> new DeedView.Seal(v.valid(),
                        v.intact(), v.coversWholeFile(), v.signer(), v.reason(), v.signedAt(), v.subFilter())).toList();
        return new DeedView(d.getReference(), d.getVersion(), d.getStatus().name(), d.getStatus().label(), c.getReference(),
                c.getDps().getReference(), c.getDps().getTitle(), c.getProvider().getId(), c.getProvider().getName(),
                d.getReviewItem().getReview().getReference(), d.getMonths(), d.getOldExpiry(), d.getNewExpiry(),
                d.getNoticeGivenOn(), d.getDueOn(), d.isOverdueOn(LocalDate.now(clock)), cost, d.getVariedTerms(),
                d.getRevision(), d.getDocumentSha256(), d.getDocumentSize(), d.getCreatedBy(), d.getCreatedAt(),
                d.getRevisedBy(), d.getRevisedAt(), d.getProviderSignatory(), d.getProviderSignedBy(),
                d.getProviderSignedAt(), d.getProviderSignedSha256(), d.getRefusedBy(), d.getRefusedAt(),
                d.getRefusalReason(), d.getLegalSignatory(), d.getSealNumber(), d.getSealedOn(), d.getSealedBy(),
                d.getSealedAt(), d.getSealedSha256(), d.getSealedFileSha256(), d.getCertificateSubject(),
                d.getEscalatedAt(), seals);
    }
}
