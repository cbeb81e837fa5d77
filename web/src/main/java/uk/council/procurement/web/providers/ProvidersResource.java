package uk.council.procurement.web.providers;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.platform.Page;
import uk.council.procurement.providers.boundary.CqcRegister;
import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.boundary.Providers;
import uk.council.procurement.providers.boundary.Registration;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.web.api.ETags;

@Path("providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
public class ProvidersResource {

    /** A location to list, by its CQC location id: everything else comes from CQC. */
    public record NewLocation(String locationId) {
    }

    @EJB
    Providers providers;

    @EJB
    Admissions admissions;

    @EJB
    CqcRegister register;

    @POST
    @Path("registrations")
    @SecurityRequirements
    @Operation(summary = "Register a provider organisation and its first user (no sign-in needed)")
    @APIResponse(responseCode = "201", description = "Registered; the user can now authenticate")
    public Response register(Registration registration) {
        var provider = providers.register(required(registration));
        return ETags.created("providers/" + provider.id(), provider, provider.version());
    }

    @GET
    @Operation(summary = "Provider organisations, by name (council staff)")
    public Page<ProviderView> list(@QueryParam("name") String name, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return providers.list(name, first, max);
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own organisation (provider users)")
    public Response mine() {
        return withETag(providers.mine());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A provider organisation with its CQC locations", description = "Provider users reach only their own.")
    public Response find(@PathParam("id") Long id) {
        return withETag(providers.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an organisation's details", description = "Send If-Match with the ETag you read.")
    public Response update(@PathParam("id") Long id, OrganisationDetails details,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(providers.updateDetails(id, ETags.version(ifMatch), required(details)));
    }

    @POST
    @Path("{id}/locations")
    @Operation(summary = "List a location by its CQC location id",
            description = "Its name, address, service types and rating come from the CQC register. Refused if CQC "
                    + "does not know the id, lists it under another CQC provider than the organisation's, or another "
                    + "organisation holds it.")
    @APIResponse(responseCode = "201", description = "Added; the body is the organisation")
    @APIResponse(responseCode = "503", description = "The CQC register could not be reached; nothing changed")
    public Response addLocation(@PathParam("id") Long id, NewLocation location) {
        var provider = providers.addLocation(id, required(location).locationId());
        return ETags.created("providers/" + id, provider, provider.version());
    }

    @POST
    @Path("{id}/locations/{locationId}/refresh")
    @Operation(summary = "Read a location's record from CQC now and apply it (quality and procurement officers)")
    public ProviderView refresh(@PathParam("id") Long id, @PathParam("locationId") String locationId) {
        return register.refresh(id, locationId);
    }

    @POST
    @Path("{id}/locations/{locationId}/evidence")
    @Operation(summary = "Record a rating from evidence CQC has not published yet (quality officers)",
            description = "Kept as the location's rating, marked as such, until CQC publishes a rating dated on or "
                    + "after the evidence. Lot policies apply at once (e.g. an Inadequate rating suspends).")
    public ProviderView recordEvidence(@PathParam("id") Long id, @PathParam("locationId") String locationId,
            CqcRegister.Evidence evidence) {
        return register.recordEvidence(id, locationId, required(evidence));
    }

    @GET
    @Path("{id}/locations/{locationId}/ratings")
    @Operation(summary = "A location's rating history, newest first, with the source of each")
    public List<CqcRegister.RatingEntry> ratings(@PathParam("id") Long id, @PathParam("locationId") String locationId) {
        return register.history(id, locationId);
    }

    @DELETE
    @Path("{id}/locations/{locationId}")
    @Operation(summary = "Remove a CQC location")
    public ProviderView removeLocation(@PathParam("id") Long id, @PathParam("locationId") String locationId) {
        return providers.removeLocation(id, locationId);
    }

    @GET
    @Path("{id}/admissions")
    @Operation(summary = "The lots an organisation is admitted to")
    public List<Admissions.AdmissionView> admissions(@PathParam("id") Long id) {
        return admissions.ofProvider(id);
    }

    private static Response withETag(ProviderView provider) {
        return ETags.ok(provider, provider.version());
    }

}
