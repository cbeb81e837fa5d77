package uk.council.procurement.contracts.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import uk.council.procurement.onboarding.entity.DocumentFormat;
import uk.council.procurement.platform.StoredFile;

/**
 * A document an officer attached to a provider's evidence in an extension review: a PDF, Word or
 * OpenDocument file, recognised by its bytes, at most 5 MB.
 */
@Entity
@Table(name = "review_document")
public class ReviewDocument {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Documents per provider of a review. */
    public static final int MAX_PER_ITEM = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_document_seq")
    @SequenceGenerator(name = "review_document_seq", sequenceName = "review_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_item_id", nullable = false)
    private ReviewItem item;

    @Size(max = 255)
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Size(max = 100)
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL)
    @JoinColumn(name = "file_id", nullable = false)
    private StoredFile file;

    @Size(max = 60)
    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ReviewDocument() {
    }

    ReviewDocument(ReviewItem item, String fileName, String contentType, byte[] content, String by, Instant at) {
        var checked = DocumentFormat.check(fileName, contentType, content, MAX_BYTES, "evidence");
        this.item = Objects.requireNonNull(item);
        this.fileName = checked.fileName();
        this.contentType = checked.format().mediaType();
        this.size = content.length;
        this.file = new StoredFile(content);
        this.uploadedBy = Objects.requireNonNull(by);
        this.uploadedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public ReviewItem getItem() {
        return item;
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
