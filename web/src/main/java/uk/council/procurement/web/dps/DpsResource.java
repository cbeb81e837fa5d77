package uk.council.procurement.web.dps;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.dps.boundary.DpsRegister;
import uk.council.procurement.dps.boundary.DpsSummary;
import uk.council.procurement.dps.boundary.DpsView;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.LotDetails;
import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.membership.boundary.EligibleLocation;
import uk.council.procurement.web.api.ETags;

@Path("dps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DPS")
public class DpsResource {

    public record Closure(String reason) {
    }

    @EJB
    DpsRegister register;

    @EJB
    Admissions admissions;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List DPSs", description = "Providers see only DPSs that have opened.")
    public List<DpsSummary> list() {
        return register.list();
    }

    @POST
    @Operation(summary = "Create a DPS (procurement officers)", description = "Created as a draft; add lots, then open it.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(DpsDetails details) {
        var dps = register.create(required(details));
        return ETags.created("dps/" + dps.reference(), dps, dps.version());
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "A DPS with its lots")
    public Response find(@PathParam("reference") String reference) {
        return withETag(register.find(reference));
    }

    @PUT
    @Path("{reference}")
    @Operation(summary = "Change a DPS (procurement officers)", description = "Send If-Match with the ETag you read.")
    public Response update(@PathParam("reference") String reference, DpsDetails details,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(register.update(reference, ETags.version(ifMatch), required(details)));
    }

    @POST
    @Path("{reference}/lots")
    @Operation(summary = "Add a lot (procurement officers)")
    @APIResponse(responseCode = "201", description = "Created; the body is the DPS with its lots")
    public Response addLot(@PathParam("reference") String reference, LotDetails lot) {
        var dps = register.addLot(reference, required(lot));
        return ETags.created("dps/" + dps.reference(), dps, dps.version());
    }

    @PUT
    @Path("{reference}/lots/{lotId}")
    @Operation(summary = "Change a lot (procurement officers)", description = "Send If-Match with the lot's version.")
    public DpsView updateLot(@PathParam("reference") String reference, @PathParam("lotId") Long lotId, LotDetails lot,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return register.updateLot(reference, lotId, ETags.version(ifMatch), required(lot));
    }

    @POST
    @Path("{reference}/open")
    @Operation(summary = "Open a draft DPS to applications (procurement officers)")
    public Response open(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(register.open(reference, ETags.version(ifMatch)));
    }

    @POST
    @Path("{reference}/close")
    @Operation(summary = "Close a DPS to applications (procurement officers)")
    public Response close(@PathParam("reference") String reference, Closure closure,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(register.close(reference, ETags.version(ifMatch), closure == null ? null : closure.reason()));
    }

    @GET
    @Path("{reference}/lots/{lotId}/eligible-locations")
    @Operation(summary = "Locations eligible for new call-offs on a lot today (council staff)",
            description = "Locations covered by an active admission to the lot, registered with CQC, offering the lot's "
                    + "service type, whose verified CQC rating meets the lot's policy; optionally within km of a point.")
    public List<EligibleLocation> eligibleLocations(@PathParam("reference") String reference,
            @Parameter(description = "Lot id") @PathParam("lotId") Long lotId,
            @Parameter(description = "Latitude of the point to search around (with lon and km)") @QueryParam("lat") java.math.BigDecimal lat,
            @Parameter(description = "Longitude of the point") @QueryParam("lon") java.math.BigDecimal lon,
            @Parameter(description = "Greatest distance from the point, in km (1 to 1000)") @QueryParam("km") Integer km,
            @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletResponse response) {
        requireLotOf(reference, lotId);
        long started = System.nanoTime();
        var found = admissions.eligibleLocations(lotId, lat == null && lon == null && km == null ? null
                : new Admissions.Near(lat, lon, km));
        // the query's own time (the EJB call: security, transaction, query, mapping), for the benchmark and devtools
        response.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "eligibility;dur=%.1f",
                (System.nanoTime() - started) / 1e6));
        return found;
    }

    @GET
    @Path("{reference}/lots/{lotId}/admissions")
    @Operation(summary = "Providers admitted to a lot (council staff)")
    public List<Admissions.AdmissionView> admissions(@PathParam("reference") String reference,
            @PathParam("lotId") Long lotId) {
        requireLotOf(reference, lotId);
        return admissions.ofLot(lotId);
    }

    private void requireLotOf(String reference, Long lotId) {
        if (register.find(reference).lots().stream().noneMatch(l -> l.id().equals(lotId))) {
            throw new uk.council.procurement.platform.RecordNotFound("Lot", lotId + " of DPS " + reference);
        }
    }

    private static Response withETag(DpsView dps) {
        return ETags.ok(dps, dps.version());
    }

}
