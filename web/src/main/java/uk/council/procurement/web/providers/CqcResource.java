package uk.council.procurement.web.providers;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.providers.boundary.CqcRegister;
import uk.council.procurement.providers.control.CqcChangesSync;

@Path("cqc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CQC register")
public class CqcResource {

    @EJB
    CqcRegister register;

    @GET
    @Path("sync")
    @Operation(summary = "Where the sync of CQC's changes feed stands, and the CQC API it reads (council staff)")
    public CqcRegister.SyncStatus status() {
        return register.status();
    }

    @POST
    @Path("sync")
    @Operation(summary = "Sync now: pull CQC's changes since the last sync and apply them (quality officers)",
            description = "The same as the daily run; ratings that change apply each lot's policy at once.")
    @APIResponse(responseCode = "409", description = "A sync is running already")
    public CqcChangesSync.Report sync() {
        return register.syncNow();
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import CQC location records from a file (quality officers)",
            description = "A JSON array of location records in the CQC API's shape (or an object with a locations array). The "
                    + "file is checked whole first: a malformed one changes nothing. The report names every record: "
                    + "changed, unchanged, or not held by any organisation here.")
    public CqcRegister.ImportReport importFile(byte[] content) {
        return register.importFile(content);
    }
}
