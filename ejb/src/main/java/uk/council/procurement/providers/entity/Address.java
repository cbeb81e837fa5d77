package uk.council.procurement.providers.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {

    /** UK postcodes (outward code, space optional, inward code), including GIR 0AA. */
    public static final String POSTCODE = "(?i)(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})";
    public static final String POSTCODE_MESSAGE = "must be a UK postcode, such as BL9 0EJ";

    @NotBlank(message = "Address line 1 is required")
    @Size(max = 200)
    @Column(name = "address_line1", nullable = false, length = 200)
    private String addressLine1;

    @Size(max = 200)
    @Column(name = "address_line2", length = 200)
    private String addressLine2;

    @NotBlank(message = "Town is required")
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String town;

    @NotBlank(message = "Postcode is required")
    @Pattern(regexp = POSTCODE, message = POSTCODE_MESSAGE)
    @Column(nullable = false, length = 10)
    @Size(max = 10)
    private String postcode;

    protected Address() {
    }

    public Address(String line1, String line2, String town, String postcode) {
        this.addressLine1 = trim(line1);
        this.addressLine2 = trim(line2);
        this.town = trim(town);
        this.postcode = normalisePostcode(postcode);
    }

    /** "bl90ej" becomes "BL9 0EJ"; anything that is not a postcode is left for validation to report. */
    public static String normalisePostcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.length() < 5 || compact.length() > 7) {
            return postcode.trim();
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getLine1() {
        return addressLine1;
    }

    public String getLine2() {
        return addressLine2;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    @Override
    public String toString() {
        return String.join(", ", addressLine2 == null ? new String[] {addressLine1, town, postcode}
                : new String[] {addressLine1, addressLine2, town, postcode});
    }
}
