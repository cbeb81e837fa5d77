package uk.council.procurement.contracts.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.entity.Contract;
import uk.council.procurement.contracts.entity.Deed;
import uk.council.procurement.contracts.entity.Extension;
import uk.council.procurement.contracts.entity.ExtensionCost;
import uk.council.procurement.contracts.entity.ReviewItem;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.StoredFile;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.workflows.DeedOfExtensionProcess;

/**
 * Deeds of extension: prepared for each approved extension (the PDF generated from the template and kept
 * with its digest, and the deed's process started), and generated again when legal varies the terms.
 */
@Dependent
public class DeedRegister {

    public static final String SUBJECT = "DEED";
    static final String WHAT = "Deed";

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilSeal seal;

    @Inject
    Workflows workflows;

    @Inject
    Clock clock;

    /** The deed for an approved extension, its document and its process. */
    public Deed prepare(ReviewItem item, Extension extension, BigDecimal upliftPercent, String by) {
        Instant now = clock.instant();
        var deed = new Deed(item, extension, upliftPercent, null, by, now);
        // written at once (its reference comes from its id, and the document prints the reference), then
        // completed and written again, so that the next deed of the same review finds no row still "NEW"
        em.persist(deed);
        em.flush();
        deed.assignReference(LocalDate.ofInstant(now, Clocks.UK).getYear());
        generate(deed);
        em.flush();
        var contract = item.getContract();
        workflows.start(DeedOfExtensionProcess.PROCESS_ID, deed.getReference(), clockVariables(deed.getDueOn(), now),
                deed.getReference() + " " + contract.getReference() + " " + contract.getProvider().getName() + " "
                        + contract.getDps().getReference());
        return deed;
    }

    /** The document for the deed's current terms, kept with its SHA-256. */
    public void generate(Deed deed) {
        byte[] pdf = DeedDocument.render(values(deed), "Deed of extension " + deed.getReference(), seal.councilName());
        var file = new StoredFile(pdf);
        em.persist(file);
        deed.attach(file, DeedDocument.sha256(pdf), pdf.length);
    }

    /**
     * Legal's task is due at the end of the deadline day; the warning comes that morning at 09:00 (UK), or
     * a minute from now for a deed prepared later than that.
     */
    static Map<String, Object> clockVariables(LocalDate dueOn, Instant now) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DeedOfExtensionProcess.Vars.SEAL_BY, Date.from(dueOn.atTime(17, 0).atZone(Clocks.UK).toInstant()));
        Instant warnAt = dueOn.atTime(LocalTime.of(9, 0)).atZone(Clocks.UK).toInstant();
        variables.put(DeedOfExtensionProcess.Vars.ESCALATE_AT, Date.from(warnAt.isAfter(now) ? warnAt : now.plusSeconds(60)));
        return variables;
    }

    Map<String, String> values(Deed deed) {
        Contract contract = deed.getContract();
        var provider = contract.getProvider();
        var item = deed.getReviewItem();
        var terms = contract.getTerms();
        var values = new HashMap<String, String>();
        values.put("council", seal.councilName());
        values.put("provider", provider.getName());
        var details = new StringBuilder();
        if (provider.getCompanyNumber() != null && !provider.getCompanyNumber().isBlank()) {
            details.append(", company number ").append(provider.getCompanyNumber());
        }
        var address = provider.getAddress();
        if (address != null && address.getLine1() != null) {
            details.append(", of ").append(address.getLine1());
            if (address.getLine2() != null && !address.getLine2().isBlank()) {
                details.append(", ").append(address.getLine2());
            }
            details.append(", ").append(address.getTown()).append(' ').append(address.getPostcode());
        }
        values.put("providerDetails", details.toString());
        values.put("contract", contract.getReference());
        values.put("dps", contract.getDps().getReference());
        values.put("dpsTitle", contract.getDps().getTitle());
        values.put("commencement", UkFormat.date(contract.getCommencement()));
        values.put("oldExpiry", UkFormat.date(deed.getOldExpiry()));
        values.put("newExpiry", UkFormat.date(deed.getNewExpiry()));
        values.put("longestExtension", months(terms.getLongestExtensionMonths()));
        values.put("extensionsAllowed", terms.getExtensionsAllowed() + (terms.getExtensionsAllowed() == 1 ? " extension"
                : " extensions"));
        values.put("latestEnd", UkFormat.date(contract.latestEnd()));
        values.put("noticeMonths", months(terms.getNoticeMonths()));
        values.put("decision", item.getCabinetDate() != null
                ? "by its cabinet on " + UkFormat.date(item.getCabinetDate()) + ", minute " + item.getCabinetMinute()
                : "by its commissioning lead on " + UkFormat.date(LocalDate.ofInstant(item.getDecidedAt(), Clocks.UK))
                        + ", review " + item.getReview().getReference());
        values.put("noticeGivenOn", UkFormat.date(deed.getNoticeGivenOn()));
        values.put("months", months(deed.getMonths()));
        values.put("variedTerms", deed.getVariedTerms());
        if (deed.getAnnualSpend() == null) {
            values.put("projectedCost", "not stated");
            values.put("priceBasis", "no annual spend is recorded for the Agreement; its rates continue");
        } else {
            BigDecimal uplift = deed.getUpliftPercent() == null ? BigDecimal.ZERO : deed.getUpliftPercent();
            var cost = ExtensionCost.of(deed.getAnnualSpend(), uplift, deed.getMonths());
            values.put("projectedCost", UkFormat.pounds(cost.rounded()));
            values.put("priceBasis", "last year's spend of " + UkFormat.pounds(deed.getAnnualSpend()) + " with a fee uplift of "
                    + uplift.stripTrailingZeros().toPlainString() + "%, for " + months(deed.getMonths())
                    + " pro rata, rounded half up to whole pounds");
        }
        values.put("deed", deed.getReference());
        values.put("revision", Integer.toString(deed.getRevision()));
        values.put("generatedOn", UkFormat.date(LocalDate.now(clock)));
        return values;
    }

    static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }
}
