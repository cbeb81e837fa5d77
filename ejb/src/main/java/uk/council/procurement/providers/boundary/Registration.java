package uk.council.procurement.providers.boundary;

import uk.council.procurement.providers.entity.OrganisationDetails;

/** A care provider registering its organisation and its first user. */
public record Registration(OrganisationDetails organisation, String username, String password, String fullName,
        String email) {
}
