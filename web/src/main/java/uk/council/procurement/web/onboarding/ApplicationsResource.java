package uk.council.procurement.web.onboarding;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.onboarding.boundary.ApplicationDetail;
import uk.council.procurement.onboarding.boundary.ProviderApplication;
import uk.council.procurement.onboarding.boundary.ApplicationQuery;
import uk.council.procurement.onboarding.boundary.ApplicationSummary;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.boundary.DraftChanges;
import uk.council.procurement.onboarding.boundary.ProcessStep;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.onboarding.entity.DocumentKind;
import uk.council.procurement.onboarding.entity.LotRecommendation;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;

/**
 * Applications to join a DPS. Changes send If-Match with the application's ETag (its version);
 * each step is its own sub-resource, named after what the person does.
 */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationsResource {

    public record NewApplication(String dpsReference) {
    }

    public record Recommendation(List<LotRecommendation> lots) {
    }

    public record Justification(String justification) {
    }

    public record Approval(String comment) {
    }

    public record Return(String reason) {
    }

    public record Withdrawal(String reason) {
    }

    @EJB
    Applications applications;

    @Context
    HttpHeaders headers;

    @Context
    jakarta.ws.rs.core.SecurityContext security;

    @GET
    @Operation(summary = "Applications, filtered, sorted and paged",
            description = "Providers get their own organisation's; council staff every submitted one.")
    public Page<ApplicationSummary> search(
            @Parameter(description = "Matches reference, provider name, DPS reference or title") @QueryParam("text") String text,
            @Parameter(description = "An ApplicationStatus, e.g. UNDER_EVALUATION") @QueryParam("status") String status,
            @QueryParam("dps") String dps,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "reference, status, dps, provider, submittedAt, dueDate or createdAt")
            @QueryParam("sort") @DefaultValue("dueDate") String sort,
            @QueryParam("ascending") @DefaultValue("true") boolean ascending,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return applications.search(new ApplicationQuery(text, status(status), dps, overdue, sort, ascending, first, max));
    }

    @POST
    @Operation(summary = "Start a draft application of the caller's organisation to a DPS (provider users)")
    @APIResponse(responseCode = "201", description = "Draft created")
    public Response start(NewApplication request) {
        var application = applications.start(required(request).dpsReference());
        return ETags.created("applications/" + application.reference(), application, application.version());
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "An application, with its decision per lot and where its process is",
            description = "Providers get their own organisation's, as ProviderApplication (without the council's "
                    + "working); council staff get ApplicationDetail.")
    public Response find(@PathParam("reference") String reference) {
        return security.isUserInRole(uk.council.procurement.security.Roles.PROVIDER)
                ? withETag(applications.mine(reference)) : withETag(applications.find(reference));
    }

    @DELETE
    @Path("{reference}")
    @Operation(summary = "Delete a draft the provider no longer wants (provider users)",
            description = "Only a draft (a submitted application is withdrawn instead), with its lots and documents; "
                    + "the decision log keeps who deleted it and when. Send If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteDraft(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        applications.deleteDraft(reference, ETags.version(ifMatch));
    }

    @PUT
    @Path("{reference}/draft")
    @Operation(summary = "Save a draft's lots and insurance (provider users)", description = "Replaces both. Send If-Match.")
    public Response saveDraft(@PathParam("reference") String reference, DraftChanges changes,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.saveDraft(reference, ETags.version(ifMatch), required(changes)));
    }

    @PUT
    @Path("{reference}/documents/{kind}")
    @Consumes({"application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a document of a draft (provider users)",
            description = "The body is the file, at most 5 MB (413 otherwise): a PDF, Word (.doc, .docx) or OpenDocument "
                    + "text, recognised by its content; the declared Content-Type (or application/octet-stream) and the "
                    + "fileName's extension must name the same format. A new upload of a kind replaces the previous one.")
    public Response upload(@PathParam("reference") String reference, @PathParam("kind") String kind,
            @QueryParam("fileName") String fileName, java.io.InputStream body) {
        String type = headers.getMediaType() == null ? null : headers.getMediaType().toString();
        byte[] content = uk.council.procurement.web.api.Bodies.file(body, uk.council.procurement.onboarding.entity.ApplicationDocument.MAX_BYTES);
        return withETag(applications.attachDocument(reference, kind(kind),
                fileName, type, content));
    }

    @GET
    @Path("{reference}/documents/{kind}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document of an application")
    public Response download(@PathParam("reference") String reference, @PathParam("kind") String kind) {
        var document = applications.document(reference, kind(kind));
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName().replace("\"", "") + "\"")
                .build();
    }

    @POST
    @Path("{reference}/submission")
    @Operation(summary = "Submit a complete draft (provider users)", description = "Starts the evaluation clock. Send If-Match.")
    public Response submit(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.submit(reference, ETags.version(ifMatch)));
    }

    @POST
    @Path("{reference}/recommendation")
    @Operation(summary = "Recommend an outcome for every lot (procurement officers)",
            description = "Outcomes ADMIT, ADMIT_SUSPENDED or REJECT; a reason is needed unless ADMIT. Send If-Match.")
    public Response recommend(@PathParam("reference") String reference, Recommendation recommendation,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.recommend(reference, ETags.version(ifMatch), required(recommendation).lots()));
    }

    @POST
    @Path("{reference}/deadline-extension")
    @Operation(summary = "Extend the decision deadline once, with a justification (officers and leads)")
    public Response extend(@PathParam("reference") String reference, Justification justification,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.extendDeadline(reference, ETags.version(ifMatch), required(justification).justification()));
    }

    @POST
    @Path("{reference}/approval")
    @Operation(summary = "Approve the recommendation as the decision (commissioning leads; not the recommender)")
    public Response approve(@PathParam("reference") String reference, Approval approval,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.approve(reference, ETags.version(ifMatch), approval == null ? null : approval.comment()));
    }

    @POST
    @Path("{reference}/return")
    @Operation(summary = "Return the recommendation to the officers, with a reason (commissioning leads)")
    public Response returnForEvaluation(@PathParam("reference") String reference, Return reason,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.returnForEvaluation(reference, ETags.version(ifMatch), required(reason).reason()));
    }

    @POST
    @Path("{reference}/withdrawal")
    @Operation(summary = "Withdraw an application not decided yet, with a reason (provider users)",
            description = "While submitted, under evaluation or awaiting approval: the evaluation stops, the officers "
                    + "are told, and the organisation may apply to the DPS again. Send If-Match.")
    public Response withdraw(@PathParam("reference") String reference, Withdrawal withdrawal,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.withdraw(reference, ETags.version(ifMatch), required(withdrawal).reason()));
    }

    @POST
    @Path("{reference}/agreement")
    @Operation(summary = "Accept the DPS agreement (provider users); admission follows")
    public Response accept(@PathParam("reference") String reference,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(applications.acceptAgreement(reference, ETags.version(ifMatch)));
    }

    @GET
    @Path("{reference}/history")
    @Operation(summary = "Who decided what, when and why")
    public List<HistoryEntry> history(@PathParam("reference") String reference) {
        return applications.history(reference);
    }

    @POST
    @Path("{reference}/incidents/{incidentId}/retry")
    @Operation(summary = "Retry an automatic step that failed its retries (procurement officers)",
            description = "The application's needsAttention lists such steps with the reason; mend the cause, then retry.")
    public Response retry(@PathParam("reference") String reference, @PathParam("incidentId") String incidentId) {
        return withETag(applications.retry(reference, incidentId));
    }

    @GET
    @Path("{reference}/process")
    @Operation(summary = "The steps of the application's process (council staff)")
    public List<ProcessStep> process(@PathParam("reference") String reference) {
        return applications.processSteps(reference);
    }

    private static Response withETag(ApplicationDetail application) {
        return ETags.ok(application, application.version());
    }

    private static Response withETag(ProviderApplication application) {
        return ETags.ok(application, application.version());
    }

    static ApplicationStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(value.trim().toUpperCase(java.util.Locale.UK));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "Unknown status " + value + "; one of "
                    + java.util.Arrays.toString(ApplicationStatus.values()));
        }
    }

    private static DocumentKind kind(String value) {
        try {
            return DocumentKind.valueOf(value.trim().toUpperCase(java.util.Locale.UK));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("kind", "Unknown document kind " + value + "; one of "
                    + java.util.Arrays.toString(DocumentKind.values()));
        }
    }

}
