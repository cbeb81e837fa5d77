package uk.council.procurement.web.providers;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.time.LocalDate;
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

import uk.council.procurement.onboarding.boundary.Admissions;
import uk.council.procurement.platform.Page;
import uk.council.procurement.providers.boundary.LocationDetails;
import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.boundary.Providers;
import uk.council.procurement.providers.boundary.Registration;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.web.api.ETags;

@Path("providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
public class ProvidersResource {

    public record Rating(CqcRating rating, LocalDate ratingDate) {
    }

    @EJB
    Providers providers;

    @EJB
    Admissions admissions;

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
    @Operation(summary = "Add a CQC location")
    @APIResponse(responseCode = "201", description = "Added; the body is the organisation")
    public Response addLocation(@PathParam("id") Long id, LocationDetails location) {
        var provider = providers.addLocation(id, required(location));
        return ETags.created("providers/" + id, provider, provider.version());
    }

    @PUT
    @Path("{id}/locations/{locationId}/rating")
    @Operation(summary = "Record a location's current CQC rating (the provider, or a quality officer)")
    public ProviderView rate(@PathParam("id") Long id, @PathParam("locationId") String locationId, Rating rating) {
        var r = required(rating);
        return providers.rateLocation(id, locationId, r.rating(), r.ratingDate());
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
