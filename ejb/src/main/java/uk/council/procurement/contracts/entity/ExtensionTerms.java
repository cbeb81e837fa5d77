package uk.council.procurement.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A contract's options to extend, as its terms state them: extensions of up to {@code longestExtensionMonths}
 * each, at most {@code extensionsAllowed} of them, the whole term never longer than {@code longestTotalMonths}
 * from commencement, each notified no later than {@code noticeMonths} before the current expiry.
 * The Bury care at home contracts: 24, 2 (or as many as fit), 60 and 3.
 */
@Embeddable
public class ExtensionTerms {

    @NotNull(message = "Longest single extension is required")
    @Min(value = 1, message = "Longest single extension must be at least 1 month")
    @Max(value = 120, message = "Longest single extension must be at most 120 months")
    @Column(name = "longest_extension_months", nullable = false)
    private Integer longestExtensionMonths;

    @NotNull(message = "Number of extensions is required")
    @Min(value = 0, message = "Number of extensions cannot be negative")
    @Max(value = 10, message = "Number of extensions must be at most 10")
    @Column(name = "extensions_allowed", nullable = false)
    private Integer extensionsAllowed;

    @NotNull(message = "Longest total term is required")
    @Min(value = 1, message = "Longest total term must be at least 1 month")
    @Max(value = 360, message = "Longest total term must be at most 360 months (30 years)")
    @Column(name = "longest_total_months", nullable = false)
    private Integer longestTotalMonths;

    @NotNull(message = "Notice to extend is required")
    @Min(value = 0, message = "Notice to extend cannot be negative")
    @Max(value = 24, message = "Notice to extend must be at most 24 months")
    @Column(name = "notice_months", nullable = false)
    private Integer noticeMonths;

    protected ExtensionTerms() {
    }

    public ExtensionTerms(Integer longestExtensionMonths, Integer extensionsAllowed, Integer longestTotalMonths,
            Integer noticeMonths) {
        this.longestExtensionMonths = longestExtensionMonths;
        this.extensionsAllowed = extensionsAllowed;
        this.longestTotalMonths = longestTotalMonths;
        this.noticeMonths = noticeMonths;
    }

    /** Whether every term is given (Bean Validation names a missing one). */
    public boolean complete() {
        return longestExtensionMonths != null && extensionsAllowed != null && longestTotalMonths != null
                && noticeMonths != null;
    }

    public int getLongestExtensionMonths() {
        return longestExtensionMonths;
    }

    public int getExtensionsAllowed() {
        return extensionsAllowed;
    }

    public int getLongestTotalMonths() {
        return longestTotalMonths;
    }

    public int getNoticeMonths() {
        return noticeMonths;
    }

    /** "extensions of up to 24 months each, at most 2, 5 years in all, notice 3 months before expiry" */
    public String describe() {
        if (extensionsAllowed == 0) {
            return "no option to extend";
        }
        return "extensions of up to " + Contract.months(longestExtensionMonths) + " each, at most " + extensionsAllowed
                + ", " + Contract.months(longestTotalMonths) + " in all, notice " + Contract.months(noticeMonths)
                + " before expiry";
    }
}
