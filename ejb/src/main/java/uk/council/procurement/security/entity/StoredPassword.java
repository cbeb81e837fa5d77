package uk.council.procurement.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * A salted PBKDF2-HMAC-SHA-256 hash, stored as the server's Elytron jdbc-realm reads it with its
 * scram-mapper (SCRAM-SHA-256 "salted password" = PBKDF2 with a 32-byte key). The clear password is
 * never stored.
 */
@Embeddable
public class StoredPassword {

    @Column(name = "password_hash", nullable = false, length = 100)
    @Size(max = 100)
    private String hash;

    @Column(name = "password_salt", nullable = false, length = 60)
    @Size(max = 60)
    private String salt;

    @Column(name = "password_iterations", nullable = false)
    private int iterations;

    protected StoredPassword() {
    }

    public StoredPassword(String hash, String salt, int iterations) {
        this.hash = hash;
        this.salt = salt;
        this.iterations = iterations;
    }

    public String hash() {
        return hash;
    }

    public String salt() {
        return salt;
    }

    public int iterations() {
        return iterations;
    }
}
