package uk.council.procurement.it;

import java.time.LocalDate;

import jakarta.json.JsonObject;

/** Markets, agreements and reviews for the contract tests, made through the API. */
public final class ContractFixtures {

    public static final LocalDate TODAY = LocalDate.now();
    /** The demo's Bury care at home framework (PCR 2015, 25/10/2021 to 24/10/2024). */
    public static final String BURY = "BURY-CAH-2021";

    private ContractFixtures() {
    }

    /**
     * An open care at home framework made for a test, its term from two years ago to next year; one lot per
     * given delegation, coded 1, 2, ... ("CABINET" or "LEAD" decides its extensions).
     */
    public static String framework(String... approvals) {
        String reference = "FW-IT-" + Api.unique().toUpperCase();
        Api.post("officer", "dps", """
                {"reference": "%s", "title": "Test care at home framework", "regime": "PCR_2015_FRAMEWORK",
                 "termStart": "%s", "termEnd": "%s", "extensionOptions": 2, "extensionMonths": 12,
                 "evaluationWorkingDays": 10, "extendedEvaluationWorkingDays": 15}
                """.formatted(reference, TODAY.minusYears(2), TODAY.plusYears(1)), null).expect(201);
        for (int i = 0; i < approvals.length; i++) {
            Api.post("officer", "dps/" + reference + "/lots", """
                    {"code": "%d", "title": "Lot %d", "careSetting": "CARE_AT_HOME", "careCategory": null,
                     "minimumRating": "GOOD", "admitInadequateSuspended": false, "maxProviders": null,
                     "extensionApproval": "%s"}
                    """.formatted(i + 1, i + 1, approvals[i]), null).expect(201);
        }
        Api.post("officer", "dps/" + reference + "/open", null, Api.get("officer", "dps/" + reference).etag()).expect(200);
        return reference;
    }

    /**
     * The provider's agreement under the market (registered at its admission), corrected to the Bury shape:
     * two years in, up to 24 months at a time, two extensions, five years in all, three months' notice.
     */
    public static String agreement(String market, Fixtures.Provider provider, String spend, LocalDate expiry) {
        JsonObject found = Api.get("officer", "contracts?kind=agreement&dps=" + market + "&text="
                + provider.name().replace(" ", "%20")).expect(200).json().getJsonArray("rows").getJsonObject(0);
        String ref = found.getString("reference");
        Api.put("officer", "contracts/" + ref, """
                {"title": "Care at home: %s", "commencement": "%s", "expiry": "%s", "longestExtensionMonths": 24,
                 "extensionsAllowed": 2, "longestTotalMonths": 60, "noticeMonths": 3, "rate": 19.85,
                 "rateUnit": "PER_HOUR", "annualSpend": %s, "reason": "The signed agreement's terms"}
                """.formatted(provider.name(), TODAY.minusYears(2), expiry, spend),
                Api.get("officer", "contracts/" + ref).etag()).expect(200);
        return ref;
    }

    /** The Bury example as a registration of an agreement made on paper, for this provider. */
    public static String buryAgreement(long providerId) {
        return """
                {"dps": "%s", "providerId": %d, "title": "Care at home, Lot 1", "commencement": "2021-10-25",
                 "expiry": "2024-10-24", "longestExtensionMonths": 24, "extensionsAllowed": 2, "longestTotalMonths": 60,
                 "noticeMonths": 3, "rate": 19.85, "rateUnit": "PER_HOUR", "annualSpend": 9139875,
                 "reason": "Signed on paper in 2021"}
                """.formatted(BURY, providerId);
    }

    /**
     * A deed awaiting the provider's signature: a market whose lot's extensions a lead decides, the
     * provider's agreement (expiring in five months), recommended by an officer for 12 months, approved
     * by lead2 and finished by lead; the deed is prepared as the notices run.
     */
    public static String deedFor(Fixtures.Provider provider, String spend) {
        return deedFor(provider, spend, TODAY.plusMonths(5));
    }

    /** The same, for an agreement expiring on this day. */
    public static String deedFor(Fixtures.Provider provider, String spend, LocalDate expiry) {
        String market = framework("LEAD");
        Fixtures.admitted(provider, market, java.util.Map.of("1", "ADMIT"));
        String contract = agreement(market, provider, spend, expiry);
        var review = Api.post("officer", "reviews", "{\"dps\": \"" + market + "\"}", null).expect(201).json();
        String ref = review.getString("reference");
        var item = review.getJsonArray("items").getJsonObject(0);
        Api.put("officer", "reviews/" + ref + "/uplift", "{\"upliftPercent\": 8.24}", Api.get("officer", "reviews/" + ref)
                .etag()).expect(200);
        Api.post("officer", "reviews/" + ref + "/recommendations", """
                {"items": [{"id": %s, "version": %s}], "recommendation": "EXTEND", "months": 12, "reasons": "Meets its obligations"}
                """.formatted(item.getJsonNumber("id"), item.getJsonNumber("version")), null).expect(200);
        Api.post("officer", "reviews/" + ref + "/submission", null, Api.get("officer", "reviews/" + ref).etag()).expect(200);
        item = Api.get("lead", "reviews/" + ref).expect(200).json().getJsonArray("items").getJsonObject(0);
        Api.post("lead2", "reviews/" + ref + "/items/" + item.getJsonNumber("id") + "/decision",
                "{\"approve\": true, \"reason\": \"Agreed\"}", "\"" + item.getJsonNumber("version") + "\"").expect(200);
        Api.post("lead", "reviews/" + ref + "/completion", null, Api.get("lead", "reviews/" + ref).etag()).expect(200);
        for (int i = 0; i < 150; i++) {
            var rows = Api.get("officer", "deeds?status=open&max=200").expect(200).json().getJsonArray("rows").stream()
                    .map(JsonObject.class::cast).filter(d -> d.getString("contractReference").equals(contract)).toList();
            if (!rows.isEmpty()) {
                return rows.get(0).getString("reference");
            }
            Api.sleep(200);
        }
        throw new AssertionError("No deed prepared for " + contract);
    }
}
