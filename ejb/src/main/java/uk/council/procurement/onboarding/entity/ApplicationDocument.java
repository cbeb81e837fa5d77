package uk.council.procurement.onboarding.entity;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.StoredFile;

/** A policy or certificate uploaded with an application. One per kind; a new upload replaces the old. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_document_seq")
    @SequenceGenerator(name = "application_document_seq", sequenceName = "application_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    @Size(max = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    @Size(max = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    @Size(max = 60)
    private String uploadedBy;

    protected ApplicationDocument() {
    }

    ApplicationDocument(Application application, DocumentKind kind, String fileName, String contentType, byte[] content,
            String uploadedBy, Instant uploadedAt) {
        if (kind == null) {
            throw new InvalidInput("kind", "Say which document this is");
        }
        this.application = application;
        this.kind = kind;
        replace(fileName, contentType, content, uploadedBy, uploadedAt);
    }

    /**
     * Takes a new file for this document. The bytes must be a PDF, Word or OpenDocument file, and
     * the declared type (unless the generic application/octet-stream) and the file name's extension
     * must both name the format the bytes are.
     */
    void replace(String fileName, String contentType, byte[] content, String uploadedBy, Instant uploadedAt) {
        var checked = DocumentFormat.check(fileName, contentType, content, MAX_BYTES,
                kind.name().toLowerCase(java.util.Locale.UK));
        String name = checked.fileName();
        var format = checked.format();
        this.fileName = name;
        this.contentType = format.mediaType();
        this.size = content.length;
        this.file = new StoredFile(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return file.content();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
