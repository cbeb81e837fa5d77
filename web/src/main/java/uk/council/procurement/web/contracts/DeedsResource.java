package uk.council.procurement.web.contracts;

import static uk.council.procurement.web.api.Bodies.required;
import static uk.council.procurement.web.api.ETags.IF_MATCH;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.contracts.boundary.DeedSummary;
import uk.council.procurement.contracts.boundary.Deeds;
import uk.council.procurement.onboarding.boundary.StoredDocument;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;

/**
 * Deeds of extension: legal's queue and seal, the provider's signature (a provider reaches its own
 * deeds only). Each signature sends the SHA-256 digest of the document its signer read.
 */
@Path("deeds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class DeedsResource {

    /** The provider's signature: who signs, and the digest of the document read. */
    public record Signature(String signatory, String digest) {
    }

    public record Refusal(String reason) {
    }

    /** Legal's signature and seal: signatory, seal register number, date of sealing, digest of the document read. */
    public record Seal(String signatory, String sealNumber, LocalDate sealedOn, String digest) {
    }

    public record Revision(String variedTerms, String reason) {
    }

    @EJB
    Deeds deeds;

    @GET
    @Operation(summary = "Deeds: awaiting seal first, then awaiting the provider, by deadline",
            description = "status: open, awaiting_provider, awaiting_seal, sealed or refused. A provider gets its own.")
    public Page<DeedSummary> list(@QueryParam("status") String status, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return deeds.list(status, first, max);
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One deed: the extension, the document's SHA-256, the signatures and, once sealed, the seal checked")
    public Response find(@PathParam("reference") String reference) {
        var found = deeds.find(reference);
        return ETags.ok(found, found.version());
    }

    @GET
    @Path("{reference}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The deed as generated: the exact bytes its SHA-256 names")
    public Response document(@PathParam("reference") String reference) {
        return pdf(deeds.document(reference));
    }

    @GET
    @Path("{reference}/sealed")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The sealed deed: the document with the council's PAdES seal added")
    public Response sealed(@PathParam("reference") String reference) {
        return pdf(deeds.sealedDocument(reference));
    }

    @GET
    @Path("{reference}/history")
    @Operation(summary = "Every step of the deed, with who, when and why (council staff)")
    public List<HistoryEntry> history(@PathParam("reference") String reference) {
        return deeds.history(reference);
    }

    @PUT
    @Path("{reference}/terms")
    @Operation(summary = "Vary the deed's terms before the provider signs (legal; If-Match)",
            description = "Generates the document again: a new SHA-256, so a signature must name the new one.")
    public Response revise(@PathParam("reference") String reference, Revision request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        var changed = deeds.revise(reference, ETags.version(ifMatch), body.variedTerms(), body.reason());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/provider-signature")
    @Operation(summary = "Sign the deed (the provider's users; If-Match)",
            description = "digest: the SHA-256 of the document read; 409 if it is not the current document's.")
    public Response sign(@PathParam("reference") String reference, Signature request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        var changed = deeds.sign(reference, ETags.version(ifMatch), body.signatory(), body.digest());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/refusal")
    @Operation(summary = "Refuse to sign the deed, with reasons (the provider's users; If-Match)")
    public Response refuse(@PathParam("reference") String reference, Refusal request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var changed = deeds.refuse(reference, ETags.version(ifMatch), required(request).reason());
        return ETags.ok(changed, changed.version());
    }

    @POST
    @Path("{reference}/seal")
    @Operation(summary = "Sign and seal the deed (legal; If-Match)",
            description = "After the provider has signed. digest: the SHA-256 of the document read (409 if not the one "
                    + "the provider signed). The PAdES seal, the sealed PDF and the contract's new expiry are one change.")
    public Response seal(@PathParam("reference") String reference, Seal request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        var changed = deeds.seal(reference, ETags.version(ifMatch), body.signatory(), body.sealNumber(), body.sealedOn(),
                body.digest());
        return ETags.ok(changed, changed.version());
    }

    private static Response pdf(StoredDocument document) {
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + document.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
