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
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    protected ApplicationDocument() {
    }

    ApplicationDocument(Application application, DocumentKind kind, String fileName, String contentType, byte[] content,
            String uploadedBy, Instant uploadedAt) {
        if (kind == null) {
            throw new InvalidInput("kind", "Say which document this is");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "The file is larger than 5 MB");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.UK);
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new InvalidInput("file", "Upload a PDF, Word or OpenDocument file (not " + (type.isEmpty() ? "an unknown type" : type) + ")");
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidInput("file", "The file needs a name of at most 255 characters");
        }
        this.application = application;
        this.kind = kind;
        this.fileName = name;
        this.contentType = type;
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
