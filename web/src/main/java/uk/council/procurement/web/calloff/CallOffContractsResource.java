package uk.council.procurement.web.calloff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.council.procurement.calloff.boundary.CallOffContractView;
import uk.council.procurement.calloff.boundary.CallOffContracts;
import uk.council.procurement.platform.Page;

/** Call-off contracts: council staff see all; a provider its own organisation's, without the person's reference. */
@Path("call-off-contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Call-offs")
public class CallOffContractsResource {

    @EJB
    CallOffContracts contracts;

    @GET
    @Operation(summary = "Call-off contracts, newest first")
    public Page<CallOffContractView> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return contracts.list(first, max);
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One call-off contract")
    public CallOffContractView find(@PathParam("reference") String reference) {
        return contracts.find(reference);
    }
}
