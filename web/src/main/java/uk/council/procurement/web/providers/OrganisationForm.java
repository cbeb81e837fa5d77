package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.Map;

import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.entity.OrganisationDetails;

/** What the organisation form edits (registration, organisation page, first step of an application). */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String companyNumber;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String cqcProviderId;

    /** Where each field's message goes, given the id of the form that holds the inputs. */
    static Map<String, String> fields(String formId) {
        return Map.of("name", formId + ":orgName", "companyNumber", formId + ":companyNumber",
                "address.addressLine1", formId + ":addressLine1", "address.addressLine2", formId + ":addressLine2",
                "address.town", formId + ":town", "address.postcode", formId + ":postcode",
                "contactName", formId + ":contactName", "contactEmail", formId + ":contactEmail",
                "contactPhone", formId + ":contactPhone", "cqcProviderId", formId + ":cqcProviderId");
    }

    static OrganisationForm of(ProviderView p) {
        var f = new OrganisationForm();
        f.name = p.name();
        f.companyNumber = p.companyNumber();
        f.addressLine1 = p.addressLine1();
        f.addressLine2 = p.addressLine2();
        f.town = p.town();
        f.postcode = p.postcode();
        f.contactName = p.contactName();
        f.contactEmail = p.contactEmail();
        f.contactPhone = p.contactPhone();
        f.cqcProviderId = p.cqcProviderId();
        return f;
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name, companyNumber, addressLine1, addressLine2, town, postcode, contactName,
                contactEmail, contactPhone, cqcProviderId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public void setCompanyNumber(String companyNumber) {
        this.companyNumber = companyNumber;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getCqcProviderId() {
        return cqcProviderId;
    }

    public void setCqcProviderId(String cqcProviderId) {
        this.cqcProviderId = cqcProviderId;
    }
}
