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
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "The file is larger than 5 MB");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.UK);
        var format = DocumentFormat.of(content).orElseThrow(() -> new InvalidInput("file",
                "The file is not a PDF, Word or OpenDocument document (its content is something else)"));
        String name = fileName == null || fileName.isBlank()
                ? kind.name().toLowerCase(java.util.Locale.UK) + "." + format.extension() : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidInput("file", "The file needs a name of at most 255 characters");
        }
        if (!type.isEmpty() && !type.equals("application/octet-stream") && !type.equals(format.mediaType())) {
            throw new InvalidInput("file", "The file was sent as " + type + " but its content is a "
                    + format.extension().toUpperCase(java.util.Locale.UK) + " document");
        }
        if (DocumentFormat.ofFileName(name).orElse(null) != format) {
            throw new InvalidInput("file", "The file name must end in ." + format.extension()
                    + " for a " + format.extension().toUpperCase(java.util.Locale.UK) + " document (not " + name + ")");
        }
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
