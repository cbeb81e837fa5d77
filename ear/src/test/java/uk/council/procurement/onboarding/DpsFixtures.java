package uk.council.procurement.onboarding;

import java.time.LocalDate;

import uk.council.procurement.it.Api;

/** Dynamic markets made for a test, open to applications, with one lot of the given policy. */
final class DpsFixtures {

    private DpsFixtures() {
    }

    static String openDynamicMarket(String minimumRating, boolean admitInadequateSuspended) {
        String reference = "DM-IT-" + Api.unique().toUpperCase();
        Api.post("officer", "dps", """
                {"reference": "%s", "title": "Test dynamic market", "regime": "PA_2023_DYNAMIC_MARKET",
                 "termStart": "%s", "termEnd": "%s", "extensionOptions": 0, "extensionMonths": 12,
                 "evaluationWorkingDays": 15, "extendedEvaluationWorkingDays": null}
                """.formatted(reference, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3)), null).expect(201);
        Api.post("officer", "dps/" + reference + "/lots", """
                {"code": "1", "title": "Care at home", "careSetting": "CARE_AT_HOME", "minimumRating": "%s",
                 "admitInadequateSuspended": %s}
                """.formatted(minimumRating, admitInadequateSuspended), null).expect(201);
        var dps = Api.get("officer", "dps/" + reference).expect(200);
        Api.post("officer", "dps/" + reference + "/open", null, dps.etag()).expect(200);
        return reference;
    }
}
