package uk.council.procurement.web.contracts;

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
import jakarta.ws.rs.PUT;
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
import uk.council.procurement.contracts.boundary.EvidenceView;
import uk.council.procurement.contracts.boundary.ExtensionReviews;
import uk.council.procurement.contracts.boundary.ReviewSummary;
import uk.council.procurement.contracts.boundary.ReviewView;
import uk.council.procurement.contracts.entity.Recommendation;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;

/**
 * Extension reviews (council staff): started for a market, recommended per provider by officers,
 * decided per provider by leads under the scheme of delegation, then notices and extensions follow.
 */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ReviewsResource {

    public record NewReview(String dps) {
    }

    public record Uplift(BigDecimal upliftPercent) {
    }

    /** The same recommendation for one or more providers, each at the version read. */
    public record Recommend(List<ExtensionReviews.ItemVersion> items, Recommendation recommendation, Integer months,
            String reasons) {
    }

    public record Notes(String notes) {
    }

    /** approve true or false; a return needs a reason; cabinet's lots need cabinetDate and cabinetMinute. */
    public record Decision(Boolean approve, String reason, LocalDate cabinetDate, String cabinetMinute) {
    }

    @EJB
    ExtensionReviews reviews;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Reviews, latest first", description = "status: recommending, approving or decided")
    public Page<ReviewSummary> list(@QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return reviews.list(status, first, max);
    }

    @GET
    @Path("schedule")
    @Operation(summary = "When reviews start: the lead time in months before a market's earliest notice deadline, and "
            + "the next run of the daily check")
    public ExtensionReviews.Schedule schedule() {
        return reviews.schedule();
    }

    @POST
    @Operation(summary = "Start the review of a market now (procurement officers)",
            description = "One item per live provider agreement; 409 if a review of the market is open.")
    @APIResponse(responseCode = "201", description = "Started")
    public Response start(NewReview request) {
        var started = reviews.start(required(request).dps());
        return ETags.created("reviews/" + started.reference(), started, started.version());
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One review: each provider's evidence in brief, recommendation, decision and cost")
    public Response find(@PathParam("reference") String reference) {
        var found = reviews.find(reference);
        return ETags.ok(found, found.version());
    }

    @GET
    @Path("{reference}/evidence-pack")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The evidence pack of every provider, as a PDF for the cabinet report")
    public Response evidencePack(@PathParam("reference") String reference) {
        var document = reviews.evidencePack(reference);
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{reference}/items/{id}/documents")
    @Consumes({"application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach a document to a provider's evidence (procurement and quality officers)",
            description = "The body is the file, at most 5 MB (413 otherwise): a PDF, Word (.doc, .docx) or OpenDocument "
                    + "text, recognised by its content; the Content-Type (or application/octet-stream) and the fileName's "
                    + "extension must name the same format. At most 20 per provider; not once the review is decided.")
    public Response attach(@PathParam("reference") String reference, @PathParam("id") Long id,
            @QueryParam("fileName") String fileName, java.io.InputStream body) {
        String type = headers.getMediaType() == null ? null : headers.getMediaType().toString();
        byte[] content = uk.council.procurement.web.api.Bodies.file(body, uk.council.procurement.contracts.entity.ReviewDocument.MAX_BYTES);
        var changed = reviews.attachDocument(reference, id, fileName, type, content);
        return ETags.ok(changed, changed.version());
    }

    @GET
    @Path("{reference}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document of the review")
    public Response document(@PathParam("reference") String reference, @PathParam("documentId") Long documentId) {
        var document = reviews.document(reference, documentId);
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @jakarta.ws.rs.DELETE
    @Path("{reference}/items/{id}/documents/{documentId}")
    @Operation(summary = "Remove a document from a provider's evidence (procurement and quality officers)")
    public Response removeDocument(@PathParam("reference") String reference, @PathParam("id") Long id,
            @PathParam("documentId") Long documentId) {
        var changed = reviews.removeDocument(reference, id, documentId);
        return ETags.ok(changed, changed.version());
    }

    @GET
    @Path("{reference}/history")
    @Operation(summary = "Every step of the review, with who, when and why")
    public List<HistoryEntry> history(@PathParam("reference") String reference) {
        return reviews.history(reference);
    }

    @GET
    @Path("{reference}/items/{id}/evidence")
    @Operation(summary = "A provider's evidence pack: ratings and their history, suspensions, KPIs, call-off record, concerns")
    public EvidenceView evidence(@PathParam("reference") String reference, @PathParam("id") Long id) {
        return reviews.evidence(reference, id);
    }

    @PUT
    @Path("{reference}/uplift")
    @Operation(summary = "Set the fee uplift the costs use (procurement officers; If-Match of the review)")
    public Response uplift(@PathParam("reference") String reference, Uplift request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var changed = reviews.setUplift(reference, ETags.version(ifMatch), required(request).upliftPercent());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/recommendations")
    @Operation(summary = "Recommend for one or more providers (procurement officers)",
            description = "EXTEND with months (within each contract's terms, notice given today) or EXPIRE; reasons "
                    + "required. Each item carries the version read (409 if changed since).")
    public Response recommend(@PathParam("reference") String reference, Recommend request) {
        var body = required(request);
        var changed = reviews.recommend(reference, body.items(), body.recommendation(), body.months(), body.reasons());
        return ETags.ok(changed, changed.version());
    }

    @PUT
    @Path("{reference}/items/{id}/notes")
    @Operation(summary = "Officers' notes on a provider (procurement and quality officers; If-Match of the item)")
    public Response notes(@PathParam("reference") String reference, @PathParam("id") Long id, Notes request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var changed = reviews.note(reference, id, ETags.version(ifMatch), required(request).notes());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/submission")
    @Operation(summary = "Send every recommendation for decision (procurement officers; If-Match of the review)")
    public Response submit(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var changed = reviews.submit(reference, ETags.version(ifMatch));
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/items/{id}/decision")
    @Operation(summary = "Approve or return one recommendation (commissioning leads; If-Match of the item)",
            description = "Not your own recommendation. Lots decided by cabinet need cabinetDate and cabinetMinute.")
    public Response decide(@PathParam("reference") String reference, @PathParam("id") Long id, Decision request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        if (body.approve() == null) {
            throw new InvalidInput("approve", "Say true (approve) or false (return)");
        }
        var changed = reviews.decide(reference, id, ETags.version(ifMatch), body.approve(), body.reason(),
                body.cabinetDate(), body.cabinetMinute());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/completion")
    @Operation(summary = "Finish the decisions (commissioning leads; If-Match of the review)",
            description = "Returned recommendations go back to the officers; otherwise notices and deeds follow.")
    public Response finish(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var changed = reviews.finish(reference, ETags.version(ifMatch));
        return ETags.ok(changed, changed.version());
    }
}
