package uk.council.procurement.contracts.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.StoredFile;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;

/**
 * The deed that effects an approved extension: a PDF generated from the template, whose exact bytes
 * and SHA-256 are kept. The provider signs what it read (the digest it saw must be the document's);
 * then legal signs and seals the same bytes with the council's certificate. Until a provider signs,
 * legal may revise the varied terms: a new document with a new digest, so a signature given to the
 * old one cannot be carried over.
 */
@Entity
@Table(name = "deed")
@NamedQuery(name = Deed.BY_REFERENCE, query = "select d from Deed d join fetch d.contract c join fetch c.provider "
        + "join fetch c.dps where d.reference = :reference")
public class Deed {

    public static final String BY_REFERENCE = "Deed.byReference";
    public static final int MAX_VARIED_TERMS = 4000;
    public static final int MAX_SIGNATORY = 200;
    public static final String NO_VARIED_TERMS = "No other term of the agreement is varied.";
    /** A seal register entry as councils number them: "2026/0147", "S-1234". */
    static final Pattern SEAL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/.\\- ]{0,29}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deed_seq")
    @SequenceGenerator(name = "deed_seq", sequenceName = "deed_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 20)
    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_item_id", nullable = false, unique = true)
    private ReviewItem reviewItem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeedStatus status = DeedStatus.AWAITING_PROVIDER;

    @Column(nullable = false)
    private int months;

    @Column(name = "old_expiry", nullable = false)
    private LocalDate oldExpiry;

    @Column(name = "new_expiry", nullable = false)
    private LocalDate newExpiry;

    @Column(name = "notice_given_on", nullable = false)
    private LocalDate noticeGivenOn;

    /** The contract's notice deadline: a deed not completed by then escalates to legal and the leads. */
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "annual_spend", precision = 14, scale = 2)
    private BigDecimal annualSpend;

    @Column(name = "uplift_percent", precision = 5, scale = 2)
    private BigDecimal upliftPercent;

    @Size(max = MAX_VARIED_TERMS)
    @Column(name = "varied_terms", nullable = false, length = MAX_VARIED_TERMS)
    private String variedTerms;

    @Column(nullable = false)
    private int revision = 1;

    /** Set in the transaction that creates the deed, once its reference can be printed in it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_file_id")
    private StoredFile document;

    @Size(max = 64)
    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    @Column(name = "document_size", nullable = false)
    private long documentSize;

    @Size(max = 60)
    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Size(max = 60)
    @Column(name = "revised_by", length = 60)
    private String revisedBy;

    @Column(name = "revised_at")
    private Instant revisedAt;

    @Size(max = MAX_SIGNATORY)
    @Column(name = "provider_signatory", length = MAX_SIGNATORY)
    private String providerSignatory;

    @Size(max = 60)
    @Column(name = "provider_signed_by", length = 60)
    private String providerSignedBy;

    @Column(name = "provider_signed_at")
    private Instant providerSignedAt;

    @Size(max = 64)
    @Column(name = "provider_signed_sha256", length = 64)
    private String providerSignedSha256;

    @Size(max = 60)
    @Column(name = "refused_by", length = 60)
    private String refusedBy;

    @Column(name = "refused_at")
    private Instant refusedAt;

    @Size(max = 2000)
    @Column(name = "refusal_reason", length = 2000)
    private String refusalReason;

    @Size(max = MAX_SIGNATORY)
    @Column(name = "legal_signatory", length = MAX_SIGNATORY)
    private String legalSignatory;

    @Size(max = 30)
    @Column(name = "seal_number", length = 30, unique = true)
    private String sealNumber;

    @Column(name = "sealed_on")
    private LocalDate sealedOn;

    @Size(max = 60)
    @Column(name = "sealed_by", length = 60)
    private String sealedBy;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    /** The digest of the document legal signed and sealed (the one the provider signed). */
    @Size(max = 64)
    @Column(name = "sealed_sha256", length = 64)
    private String sealedSha256;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sealed_file_id")
    private StoredFile sealedDocument;

    @Size(max = 64)
    @Column(name = "sealed_file_sha256", length = 64)
    private String sealedFileSha256;

    @Size(max = 400)
    @Column(name = "certificate_subject", length = 400)
    private String certificateSubject;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected Deed() {
    }

    public Deed(ReviewItem item, Extension extension, BigDecimal upliftPercent, String variedTerms, String by,
            Instant at) {
        this.reviewItem = Objects.requireNonNull(item);
        this.contract = item.getContract();
        this.months = extension.months();
        this.oldExpiry = extension.currentExpiry();
        this.newExpiry = extension.newExpiry();
        this.noticeGivenOn = extension.notifiedOn();
        this.dueOn = extension.noticeDeadline();
        this.annualSpend = contract.getAnnualSpend();
        this.upliftPercent = upliftPercent;
        this.variedTerms = variedTerms(variedTerms);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
        this.reference = "NEW";
    }

    public void assignReference(int year) {
        if (id == null) {
            throw new IllegalStateException("Deed not persisted yet");
        }
        this.reference = String.format(Locale.UK, "DEED-%d-%05d", year, id);
    }

    /** The document generated for the current terms: its bytes are kept with their digest. */
    public void attach(StoredFile file, String sha256, long size) {
        this.document = Objects.requireNonNull(file);
        this.documentSha256 = requireDigest(sha256);
        this.documentSize = size;
    }

    /** Legal varies the terms before the provider signs: the document is generated again. */
    public void revise(String terms, String by, Instant at) {
        requireStatus(DeedStatus.AWAITING_PROVIDER, "revise its terms");
        this.variedTerms = variedTerms(terms);
        this.revision++;
        this.revisedBy = Objects.requireNonNull(by);
        this.revisedAt = Objects.requireNonNull(at);
    }

    /** The provider signs the document whose digest it saw, which must be the document's now. */
    public void signByProvider(String signatory, String digestSeen, String by, Instant at) {
        requireStatus(DeedStatus.AWAITING_PROVIDER, "be signed by the provider");
        String name = signatory("signatory", signatory);
        requireSameDocument(digestSeen);
        this.providerSignatory = name;
        this.providerSignedSha256 = documentSha256;
        this.providerSignedBy = Objects.requireNonNull(by);
        this.providerSignedAt = Objects.requireNonNull(at);
        this.status = DeedStatus.AWAITING_SEAL;
    }

    /** The provider declines to sign: the contract is not extended and ends on its expiry. */
    public void refuse(String reason, String by, Instant at) {
        requireStatus(DeedStatus.AWAITING_PROVIDER, "be refused");
        this.refusalReason = reason;
        this.refusedBy = Objects.requireNonNull(by);
        this.refusedAt = Objects.requireNonNull(at);
        this.status = DeedStatus.REFUSED;
    }

    /**
     * Checks legal's signature and seal before the document is sealed: the document they read must be
     * the one the provider signed; the seal date is not in the future nor before the provider signed.
     */
    public void checkSeal(String signatory, String sealNumber, LocalDate sealedOn, String digestSeen, LocalDate today,
            ZoneId zone) {
        requireStatus(DeedStatus.AWAITING_SEAL, "be sealed");
        signatory("signatory", signatory);
        sealNumber(sealNumber);
        if (sealedOn == null) {
            throw new InvalidInput("sealedOn", "Give the date of sealing");
        }
        if (sealedOn.isAfter(today)) {
            throw new InvalidInput("sealedOn", "cannot be in the future (today is " + UkFormat.date(today) + ")");
        }
        LocalDate providerSigned = LocalDate.ofInstant(providerSignedAt, zone);
        if (sealedOn.isBefore(providerSigned)) {
            throw new InvalidInput("sealedOn", "cannot be before the provider signed on " + UkFormat.date(providerSigned));
        }
        requireSameDocument(digestSeen);
        if (!documentSha256.equals(providerSignedSha256)) {
            throw new RuleViolation("Deed " + reference + " is not the document the provider signed; it cannot be sealed.");
        }
    }

    /** Legal has signed and sealed: the sealed PDF is kept with its own digest. */
    public void seal(String signatory, String sealNumber, LocalDate sealedOn, String by, Instant at, StoredFile sealedFile,
            String sealedFileSha256, String certificateSubject) {
        requireStatus(DeedStatus.AWAITING_SEAL, "be sealed");
        this.legalSignatory = signatory.strip();
        this.sealNumber = sealNumber.strip();
        this.sealedOn = Objects.requireNonNull(sealedOn);
        this.sealedBy = Objects.requireNonNull(by);
        this.sealedAt = Objects.requireNonNull(at);
        this.sealedSha256 = documentSha256;
        this.sealedDocument = Objects.requireNonNull(sealedFile);
        this.sealedFileSha256 = requireDigest(sealedFileSha256);
        this.certificateSubject = certificateSubject;
        this.status = DeedStatus.SEALED;
    }

    /** Records that the deadline passed unsigned and legal and the leads were told (once). */
    public boolean escalate(Instant at) {
        if (!status.open() || escalatedAt != null) {
            return false;
        }
        this.escalatedAt = at;
        return true;
    }

    public boolean isOverdueOn(LocalDate today) {
        return status.open() && today.isAfter(dueOn);
    }

    private void requireSameDocument(String digestSeen) {
        String seen = digestSeen == null ? "" : digestSeen.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(seen).matches()) {
            throw new InvalidInput("digest", "Give the SHA-256 digest of the document you read (64 hexadecimal characters)");
        }
        if (!seen.equals(documentSha256)) {
            throw new WrongState("The document you read (SHA-256 " + seen.substring(0, 12) + "…) is not deed " + reference
                    + "'s current document (SHA-256 " + documentSha256.substring(0, 12) + "…, revision " + revision
                    + "). Nothing was signed: open the deed again, read it, and sign that one.");
        }
    }

    private void requireStatus(DeedStatus expected, String what) {
        if (status != expected) {
            throw new WrongState("Deed " + reference + " cannot " + what + ": it is " + status.label().toLowerCase(Locale.UK)
                    + ".");
        }
    }

    static String variedTerms(String terms) {
        String text = terms == null ? "" : terms.strip();
        if (text.isEmpty()) {
            return NO_VARIED_TERMS;
        }
        if (text.length() > MAX_VARIED_TERMS) {
            throw new InvalidInput("variedTerms", "must be at most " + MAX_VARIED_TERMS + " characters (this is "
                    + text.length() + ")");
        }
        requirePrintable("variedTerms", text, true);
        return text;
    }

    static String signatory(String field, String name) {
        String text = name == null ? "" : name.strip();
        if (text.length() < 2) {
            throw new InvalidInput(field, "Type the full name of the person signing");
        }
        if (text.length() > MAX_SIGNATORY) {
            throw new InvalidInput(field, "must be at most " + MAX_SIGNATORY + " characters (this is " + text.length() + ")");
        }
        requirePrintable(field, text, false);
        return text;
    }

    static String sealNumber(String number) {
        String text = number == null ? "" : number.strip();
        if (!SEAL_NUMBER.matcher(text).matches()) {
            throw new InvalidInput("sealNumber", "Give the seal register number: up to 30 letters, digits, spaces, "
                    + "'/', '.' or '-', starting with a letter or digit");
        }
        return text;
    }

    private static void requirePrintable(String field, String text, boolean lines) {
        boolean bad = text.codePoints().anyMatch(c -> (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r'
                || c == '\t'))) || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.UNASSIGNED);
        if (bad) {
            throw new InvalidInput(field, "contains characters that cannot be printed on the deed");
        }
    }

    private static String requireDigest(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 digest in lower-case hexadecimal: " + sha256);
        }
        return sha256;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public Contract getContract() {
        return contract;
    }

    public ReviewItem getReviewItem() {
        return reviewItem;
    }

    public DeedStatus getStatus() {
        return status;
    }

    public int getMonths() {
        return months;
    }

    public LocalDate getOldExpiry() {
        return oldExpiry;
    }

    public LocalDate getNewExpiry() {
        return newExpiry;
    }

    public LocalDate getNoticeGivenOn() {
        return noticeGivenOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public BigDecimal getAnnualSpend() {
        return annualSpend;
    }

    public BigDecimal getUpliftPercent() {
        return upliftPercent;
    }

    public String getVariedTerms() {
        return variedTerms;
    }

    public int getRevision() {
        return revision;
    }

    public StoredFile getDocument() {
        return document;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public long getDocumentSize() {
        return documentSize;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getProviderSignatory() {
        return providerSignatory;
    }

    public String getProviderSignedBy() {
        return providerSignedBy;
    }

    public Instant getProviderSignedAt() {
        return providerSignedAt;
    }

    public String getProviderSignedSha256() {
        return providerSignedSha256;
    }

    public String getRefusedBy() {
        return refusedBy;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getLegalSignatory() {
        return legalSignatory;
    }

    public String getSealNumber() {
        return sealNumber;
    }

    public LocalDate getSealedOn() {
        return sealedOn;
    }

    public String getSealedBy() {
        return sealedBy;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }

    public String getSealedSha256() {
        return sealedSha256;
    }

    public StoredFile getSealedDocument() {
        return sealedDocument;
    }

    public String getSealedFileSha256() {
        return sealedFileSha256;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
