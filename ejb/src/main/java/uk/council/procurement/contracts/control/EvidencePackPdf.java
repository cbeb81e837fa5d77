package uk.council.procurement.contracts.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import uk.council.procurement.contracts.boundary.EvidenceView;
import uk.council.procurement.contracts.boundary.ReviewView;
import uk.council.procurement.platform.PdfText;
import uk.council.procurement.platform.UkFormat;

/**
 * The review's evidence pack as a PDF for the cabinet report: the review in brief, then per provider its
 * term, recommendation, decision and cost, CQC ratings with their history, admissions and suspensions,
 * KPI quarters, call-off record, concerns and the officers' notes.
 */
public final class EvidencePackPdf {

    private EvidencePackPdf() {
    }

    public static byte[] render(ReviewView review, Map<Long, EvidenceView> evidence, String council, Instant at) {
        String title = "Evidence pack: extension review " + review.reference();
        try (var pdf = new PdfText(title, council, "Extension review evidence pack")) {
            pdf.title("Extension review " + review.reference());
            pdf.paragraph(review.dpsReference() + " " + review.dpsTitle());
            pdf.paragraph("Status: " + review.statusLabel() + ". Earliest notice deadline: "
                    + UkFormat.date(review.noticeDeadline()) + ". Fee uplift for the costs: "
                    + (review.upliftPercent() == null ? "none" : review.upliftPercent().stripTrailingZeros().toPlainString() + "%")
                    + ". Providers: " + review.items().size() + " (" + review.recommended() + " recommended, "
                    + review.decided() + " decided).");
            if (review.totalCost() != null) {
                pdf.paragraph("Cost of the extensions recommended: " + UkFormat.pounds(review.totalCost())
                        + " (last year's spend × (1 + uplift) × months ÷ 12, each rounded half up to whole pounds).");
            }
            pdf.paragraph("Compiled on " + UkFormat.dateTime(at) + " from the records of the DPS procurement system.");
            for (var item : review.items()) {
                provider(pdf, item, evidence.get(item.id()));
            }
            return pdf.finish(title);
        }
    }

    private static void provider(PdfText pdf, ReviewView.Item item, EvidenceView evidence) {
        pdf.heading(item.providerName() + " (" + item.contractReference() + ", lots " + item.lotCodes() + ")");
        pdf.paragraph("Term: ends " + UkFormat.date(item.currentExpiry()) + "; notice to extend by "
                + UkFormat.date(item.noticeDeadline()) + "; " + (item.extendable()
                        ? "may be extended by up to " + item.longestNextExtensionMonths() + " months"
                        : "no extension left") + ". Decided by: " + item.approvalLabel() + ". Annual spend: "
                + (item.annualSpend() == null ? "not recorded" : UkFormat.pounds(item.annualSpend())) + ".");
        if (item.recommendation() == null) {
            pdf.paragraph("Recommendation: none yet.");
        } else {
            pdf.paragraph("Recommendation: " + item.recommendationLabel()
                    + (item.months() == null ? "" : " (" + item.months() + " months, to " + UkFormat.date(item.newExpiry()) + ")")
                    + " by " + item.recommendedBy() + " on " + UkFormat.dateTime(item.recommendedAt()) + ". Reasons: "
                    + item.reasons() + (item.costRounded() == null ? "" : " Cost: " + UkFormat.pounds(item.costRounded()) + "."));
        }
        if (item.decision() != null) {
            pdf.paragraph("Decision: " + item.decisionLabel() + " by " + item.decidedBy() + " on "
                    + UkFormat.dateTime(item.decidedAt())
                    + (item.cabinetDate() == null ? "" : " (cabinet " + UkFormat.date(item.cabinetDate()) + ", minute "
                            + item.cabinetMinute() + ")")
                    + (item.decisionReason() == null ? "." : ". " + item.decisionReason()));
        }
        if (evidence == null) {
            return;
        }
        pdf.paragraph("CQC: " + (evidence.locations().isEmpty() ? "no location." : String.join("; ",
                evidence.locations().stream().map(l -> l.name() + " (" + l.locationId() + "): " + l.rating()
                        + (l.ratingDate() == null ? "" : ", " + UkFormat.date(l.ratingDate()))
                        + (l.history().isEmpty() ? "" : "; earlier " + String.join(", ", l.history()))).toList()) + "."));
        pdf.paragraph("Admissions: " + (evidence.admissions().isEmpty() ? "none." : String.join("; ",
                evidence.admissions().stream().map(a -> "lot " + a.lotCode() + " " + a.status().toLowerCase(java.util.Locale.UK)
                        + (a.admittedOn() == null ? "" : " from " + UkFormat.date(a.admittedOn()))
                        + (a.suspendedOn() == null ? "" : ", suspended " + UkFormat.date(a.suspendedOn())
                                + (a.suspensionReason() == null ? "" : " (" + a.suspensionReason() + ")"))).toList()) + "."));
        pdf.paragraph("KPIs: " + (evidence.kpis().isEmpty() ? "none recorded." : evidence.quartersOffTarget()
                + " of " + evidence.kpis().size() + " quarters off target.\n" + String.join("\n", evidence.kpis().stream()
                        .map(k -> k.label() + ": visits on time " + percent(k.visitsOnTimePercent()) + ", complaints "
                                + (k.complaints() == null ? "–" : k.complaints()) + ", staff turnover "
                                + percent(k.staffTurnoverPercent()) + ", call monitoring " + percent(k.ecmCompliancePercent())
                                + (k.offTarget().isEmpty() ? "" : " (off target: " + String.join(", ", k.offTarget()) + ")"))
                        .toList())));
        var c = evidence.callOffs();
        pdf.paragraph("Call-offs: invited " + c.invited() + ", offers made " + c.offersMade() + ", won " + c.won()
                + ", declined " + c.declined() + ", no answer " + c.noAnswer() + ", awards declined " + c.awardsDeclined()
                + "; care at home packages offered " + c.packagesOffered() + ", accepted " + c.packagesAccepted()
                + ", declined " + c.packagesDeclined() + ", lapsed " + c.packagesLapsed() + ".");
        pdf.paragraph("Concerns: " + (evidence.concerns().isEmpty() ? "none." : String.join("; ", evidence.concerns()) + "."));
        if (item.notes() != null) {
            pdf.paragraph("Officers' notes: " + item.notes());
        }
        if (!item.documents().isEmpty()) {
            pdf.paragraph("Documents attached: " + String.join("; ", item.documents().stream().map(d -> d.fileName()
                    + " (" + d.uploadedBy() + ", " + UkFormat.dateTime(d.uploadedAt()) + ")").toList()) + ".");
        }
    }

    private static String percent(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString() + "%";
    }
}
