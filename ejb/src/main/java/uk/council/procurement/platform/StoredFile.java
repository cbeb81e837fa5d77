package uk.council.procurement.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The bytes of an uploaded or generated file, kept apart from the record that describes it so that
 * lists and details never load file contents by accident (a lazy to-one, no bytecode enhancement needed).
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private byte[] content;

    protected StoredFile() {
    }

    public StoredFile(byte[] content) {
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
