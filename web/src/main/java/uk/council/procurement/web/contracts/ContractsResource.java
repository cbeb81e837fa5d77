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
import uk.council.procurement.contracts.boundary.ContractQuery;
import uk.council.procurement.contracts.boundary.ContractView;
import uk.council.procurement.contracts.boundary.Contracts;
import uk.council.procurement.contracts.boundary.DueCounts;
import uk.council.procurement.contracts.boundary.ExtensionCheck;
import uk.council.procurement.contracts.boundary.KpiView;
import uk.council.procurement.contracts.boundary.Kpis;
import uk.council.procurement.contracts.entity.ContractDetails;
import uk.council.procurement.contracts.entity.KpiDetails;
import uk.council.procurement.contracts.entity.RateUnit;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.api.ETags;

/**
 * The contract register: markets, provider agreements and call-offs with their terms and options to
 * extend. Staff see every contract; a provider its own organisation's. Officers register and correct.
 */
@Path("contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractsResource {

    /** A contract's terms as an officer writes them, and why (kept in its history). */
    public record Terms(String title, LocalDate commencement, LocalDate expiry, Integer longestExtensionMonths,
            Integer extensionsAllowed, Integer longestTotalMonths, Integer noticeMonths, BigDecimal rate,
            RateUnit rateUnit, BigDecimal annualSpend, String reason) {

        ContractDetails details() {
            return new ContractDetails(title, commencement, expiry, longestExtensionMonths, extensionsAllowed,
                    longestTotalMonths, noticeMonths, rate, rateUnit, annualSpend);
        }
    }

    /** An agreement made outside the system: the market, the provider and its terms. */
    public record NewAgreement(String dps, Long providerId, String title, LocalDate commencement, LocalDate expiry,
            Integer longestExtensionMonths, Integer extensionsAllowed, Integer longestTotalMonths, Integer noticeMonths,
            BigDecimal rate, RateUnit rateUnit, BigDecimal annualSpend, String reason) {
    }

    /** One quarter's indicators. */
    public record Kpi(Integer financialYear, Integer quarter, BigDecimal visitsOnTimePercent, Integer complaints,
            BigDecimal staffTurnoverPercent, BigDecimal ecmCompliancePercent, String note) {

        KpiDetails details() {
            return new KpiDetails(financialYear, quarter, visitsOnTimePercent, complaints, staffTurnoverPercent,
                    ecmCompliancePercent, note);
        }
    }

    /** A quarter's indicators corrected, and why. */
    public record KpiCorrection(Integer financialYear, Integer quarter, BigDecimal visitsOnTimePercent,
            Integer complaints, BigDecimal staffTurnoverPercent, BigDecimal ecmCompliancePercent, String note,
            String reason) {

        KpiDetails details() {
            return new KpiDetails(financialYear, quarter, visitsOnTimePercent, complaints, staffTurnoverPercent,
                    ecmCompliancePercent, note);
        }
    }

    @EJB
    Contracts contracts;

    @EJB
    Kpis kpis;

    @GET
    @Operation(summary = "The register, filtered, sorted and paged",
            description = "kind: market, agreement or call-off; status: live, ended or not-started; dueWithinMonths: "
                    + "only contracts that can still be extended and whose notice deadline falls in the next N months "
                    + "(1 to 36); endingWithinMonths: only live contracts ending in the next N months with no "
                    + "extension left or its notice passed; sort: notice (default), expiry, reference, provider or commencement.")
    public Page<ContractView> list(@QueryParam("kind") String kind, @QueryParam("dps") String dps,
            @QueryParam("status") String status, @QueryParam("text") String text,
            @QueryParam("dueWithinMonths") Integer dueWithinMonths,
            @QueryParam("endingWithinMonths") Integer endingWithinMonths, @QueryParam("sort") String sort,
            @QueryParam("descending") @DefaultValue("false") boolean descending,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return contracts.list(new ContractQuery(kind, dps, status, text, dueWithinMonths, endingWithinMonths, sort,
                descending, first, max));
    }

    @GET
    @Path("due")
    @Operation(summary = "How many contracts need an extension decision, or end without one, in the next months (staff)")
    public DueCounts due(@QueryParam("months") Integer months) {
        return contracts.dueCounts(months);
    }

    @POST
    @Operation(summary = "Register a provider's agreement made outside the system (procurement officers)",
            description = "The reason is required and kept in the contract's history.")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response register(NewAgreement request) {
        var body = required(request);
        var created = contracts.registerAgreement(body.dps(), body.providerId(), new ContractDetails(body.title(),
                body.commencement(), body.expiry(), body.longestExtensionMonths(), body.extensionsAllowed(),
                body.longestTotalMonths(), body.noticeMonths(), body.rate(), body.rateUnit(), body.annualSpend()),
                body.reason());
        return ETags.created("contracts/" + created.reference(), created, created.version());
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One contract with its terms and where it stands today")
    public Response find(@PathParam("reference") String reference) {
        var found = contracts.find(reference);
        return ETags.ok(found, found.version());
    }

    @PUT
    @Path("{reference}")
    @Operation(summary = "Correct a contract's entry (procurement officers)",
            description = "Title, terms, rate and annual spend; commencement and expiry only while it has not been "
                    + "extended (after that a deed of extension moves the expiry). Send If-Match and a reason.")
    public Response change(@PathParam("reference") String reference, Terms request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        var changed = contracts.change(reference, ETags.version(ifMatch), body.details(), body.reason());
        return ETags.ok(changed, changed.version());
    }

    @GET
    @Path("{reference}/history")
    @Operation(summary = "Every change to the contract, with who, when and why")
    public List<HistoryEntry> history(@PathParam("reference") String reference) {
        return contracts.history(reference);
    }

    @GET
    @Path("{reference}/kpis")
    @Operation(summary = "The contract's key performance indicators by quarter, latest first",
            description = "Financial years run April to March: 2024 quarter 1 is April to June 2024. offTarget names "
                    + "the measures below the specification's targets (visits on time 90%, call monitoring 95%) or "
                    + "above it (staff turnover 30%).")
    public List<KpiView> kpis(@PathParam("reference") String reference) {
        return kpis.list(reference);
    }

    @POST
    @Path("{reference}/kpis")
    @Operation(summary = "Record a quarter's indicators (procurement and quality officers)",
            description = "At least one measure; percentages 0 to 100 with up to 2 decimals; a quarter once.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response recordKpi(@PathParam("reference") String reference, Kpi request) {
        var recorded = kpis.record(reference, required(request).details());
        return ETags.created("contracts/" + recorded.contractReference() + "/kpis/" + recorded.id(), recorded,
                recorded.version());
    }

    @PUT
    @Path("{reference}/kpis/{id}")
    @Operation(summary = "Correct a quarter's indicators (procurement and quality officers; If-Match and a reason)")
    public Response changeKpi(@PathParam("reference") String reference, @PathParam("id") Long id, KpiCorrection request,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var body = required(request);
        if (id == null) {
            throw new uk.council.procurement.platform.RecordNotFound("KPI return", null);
        }
        var changed = kpis.change(reference, id, ETags.version(ifMatch), body.details(), body.reason());
        return ETags.ok(changed, changed.version());
    }

    @GET
    @Path("{reference}/extension-check")
    @Operation(summary = "Whether the terms allow an extension, to which expiry, and its cost (staff; changes nothing)",
            description = "months: the extension asked for; notifiedOn: the day notice would be given (today if "
                    + "absent); uplift: the fee uplift in percent on last year's spend. A refusal (422) names the "
                    + "rule and the dates. Cost: spend x (1 + uplift) x months / 12, rounded half up to whole pounds.")
    public ExtensionCheck checkExtension(@PathParam("reference") String reference, @QueryParam("months") Integer months,
            @QueryParam("notifiedOn") LocalDate notifiedOn, @QueryParam("uplift") BigDecimal uplift) {
        return contracts.checkExtension(reference, months, notifiedOn, uplift);
    }
}
