package uk.council.procurement.providers.entity;

/** What a provider says about itself; validated on the entity it is applied to. */
public record OrganisationDetails(String name, String companyNumber, String addressLine1, String addressLine2,
        String town, String postcode, String contactName, String contactEmail, String contactPhone,
        String cqcProviderId) {
}
