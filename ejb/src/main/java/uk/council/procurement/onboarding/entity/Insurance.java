package uk.council.procurement.onboarding.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * Insurance cover the provider holds, in GBP. Nullable while the application is a draft; checked
 * for completeness on submission.
 */
@Embeddable
public class Insurance {

    /** Employers' liability insurance must be at least GBP 5 million (Employers' Liability Regulations 1998). */
    public static final BigDecimal MINIMUM_EMPLOYERS_LIABILITY = new BigDecimal("5000000");

    @Size(max = 200)
    @Column(name = "insurer", length = 200)
    private String insurer;

    @Size(max = 60)
    @Column(name = "insurance_policy_number", length = 60)
    private String policyNumber;

    @DecimalMin(value = "5000000", message = "Employers' liability cover must be at least £5,000,000")
    @DecimalMax(value = "1000000000", message = "Employers' liability cover must be at most £1,000,000,000")
    @Digits(integer = 13, fraction = 2, message = "must be an amount in pounds and pence")
    @Column(name = "employers_liability_cover", precision = 15, scale = 2)
    private BigDecimal employersLiabilityCover;

    @DecimalMin(value = "1000000", message = "Public liability cover must be at least £1,000,000")
    @DecimalMax(value = "1000000000", message = "Public liability cover must be at most £1,000,000,000")
    @Digits(integer = 13, fraction = 2, message = "must be an amount in pounds and pence")
    @Column(name = "public_liability_cover", precision = 15, scale = 2)
    private BigDecimal publicLiabilityCover;

    @Column(name = "insurance_expires_on")
    @uk.council.procurement.platform.PlausibleDate
    private LocalDate insuranceExpiresOn;

    /** No insurance given yet. */
    public static final Insurance NONE = new Insurance(null, null, null, null, null);

    protected Insurance() {
    }

    public Insurance(String insurer, String policyNumber, BigDecimal employersLiabilityCover,
            BigDecimal publicLiabilityCover, LocalDate expiresOn) {
        this.insurer = insurer == null || insurer.isBlank() ? null : insurer.trim();
        this.policyNumber = policyNumber == null || policyNumber.isBlank() ? null : policyNumber.trim();
        this.employersLiabilityCover = employersLiabilityCover;
        this.publicLiabilityCover = publicLiabilityCover;
        this.insuranceExpiresOn = expiresOn;
    }

    public boolean isEmpty() {
        return insurer == null && policyNumber == null && employersLiabilityCover == null
                && publicLiabilityCover == null && insuranceExpiresOn == null;
    }

    public boolean isComplete() {
        return insurer != null && policyNumber != null && employersLiabilityCover != null
                && publicLiabilityCover != null && insuranceExpiresOn != null;
    }

    public String getInsurer() {
        return insurer;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public BigDecimal getEmployersLiabilityCover() {
        return employersLiabilityCover;
    }

    public BigDecimal getPublicLiabilityCover() {
        return publicLiabilityCover;
    }

    public LocalDate getExpiresOn() {
        return insuranceExpiresOn;
    }
}
