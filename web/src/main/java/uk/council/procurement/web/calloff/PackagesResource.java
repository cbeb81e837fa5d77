package uk.council.procurement.web.calloff;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.boundary.LotChoice;
import uk.council.procurement.calloff.boundary.PackageSummary;
import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.entity.CarePackageDetails;
import uk.council.procurement.calloff.entity.VisitDetails;
import uk.council.procurement.calloff.entity.PackageStatus;
import uk.council.procurement.calloff.entity.Urgency;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;
import uk.council.procurement.web.api.StrictParameters;

/**
 * Care-at-home packages, for council staff: raising one starts its cascade (the zone's Lot 1 provider
 * on duty, the other Lot 1 provider, then every Lot 2 provider at once, each with the framework's
 * acceptance window).
 */
@Path("packages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Care at home packages")
public class PackagesResource {

    /** A package as an officer raises it in a zone (the zone's Lot 1 lot id, from {@code /packages/zones}). */
    public record NewPackage(Long lotId, String personReference, String needs, String postcode, LocalDate startDate,
            Urgency urgency, BigDecimal weeklyHours, BigDecimal hourlyRate, String visits, List<VisitDetails> schedule) {

        CarePackageDetails details() {
            return new CarePackageDetails(personReference, needs, postcode, startDate, urgency, weeklyHours, hourlyRate,
                    visits, schedule == null ? List.of() : schedule);
        }
    }

    public record Reason(String reason) {
    }

    @EJB
    Packages packages;

    @GET
    @Operation(summary = "Packages, newest first (council staff)",
            description = "Optionally of one status and matching text (reference, person's reference, postcode, zone).")
    public Page<PackageSummary> list(@QueryParam("text") String text, @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return packages.list(text, StrictParameters.enumValue("status", status, PackageStatus.class), first, max);
    }

    @GET
    @Path("zones")
    @Operation(summary = "The zones packages can be raised in: care-at-home Lot 1 lots of frameworks in their term")
    public List<LotChoice> zones() {
        return packages.zoneChoices();
    }

    @POST
    @Operation(summary = "Raise a package in a zone (procurement officers)",
            description = "Its cascade starts as soon as it is raised.")
    @APIResponse(responseCode = "201", description = "Package raised")
    public Response raise(NewPackage request) {
        var body = required(request);
        var raised = packages.raise(body.lotId(), body.details());
        return ETags.created("packages/" + raised.reference(), raised, raised.version());
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "A package with every offer made so far: who, at which step, until when, and the answer")
    public Response find(@PathParam("reference") String reference) {
        var found = packages.find(reference);
        return ETags.ok(found, found.version());
    }

    @POST
    @Path("{reference}/cancellation")
    @Operation(summary = "Cancel a package with a reason (procurement officers)", description = "Send If-Match.")
    public Response cancel(@PathParam("reference") String reference, Reason request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var cancelled = packages.cancel(reference, ETags.version(ifMatch), required(request).reason());
        return ETags.ok(cancelled, cancelled.version());
    }

    @POST
    @Path("{reference}/reoffer")
    @Operation(summary = "Nobody accepted: offer it again from the top of the cascade (procurement officers)",
            description = "Send If-Match.")
    public Response reoffer(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var offered = packages.reoffer(reference, ETags.version(ifMatch));
        return ETags.ok(offered, offered.version());
    }

    @POST
    @Path("{reference}/arranged-elsewhere")
    @Operation(summary = "Nobody accepted: record how the care was arranged instead (procurement officers)",
            description = "Send If-Match.")
    public Response arrangedElsewhere(@PathParam("reference") String reference, Reason request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var arranged = packages.arrangeElsewhere(reference, ETags.version(ifMatch), required(request).reason());
        return ETags.ok(arranged, arranged.version());
    }

    @GET
    @Path("{reference}/history")
    @Operation(summary = "Who decided what on the package, when and why")
    public List<HistoryEntry> history(@PathParam("reference") String reference) {
        return packages.history(reference);
    }
}
