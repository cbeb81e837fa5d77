package uk.council.procurement.it;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

/** Makes the data a test needs through the API, with unique names so that runs do not collide. */
public final class Fixtures {

    /** The demo DPS that accepts applications (a PCR 2015 DPS running to 2028). */
    public static final String OPEN_DPS = "CH-DPS-2024";

    private Fixtures() {
    }

    public record Provider(String username, long id, String name, String cqcProviderId, String locationId) {

        /** The address its user registered with (see {@link Fixtures#providerAt}). */
        public String email() {
            return "sam@" + username.substring(2) + ".example";
        }
    }

    /**
     * Registers a provider organisation with one CQC location of the given rating (CQC's word, or
     * NOT_YET_RATED), served by the CQC stub as a care home with and without nursing near Bury.
     */
    public static Provider provider(String rating) {
        return provider(rating, CqcStub.RESIDENTIAL, CqcStub.NURSING);
    }

    /** The same, with a location offering these CQC service types (e.g. {@link CqcStub#DOMICILIARY} for care at home). */
    public static Provider provider(String rating, String... serviceTypes) {
        return providerAt(rating, 53.59, -2.30, serviceTypes);
    }

    /** The same, with the location at this point on CQC's map. */
    public static Provider providerAt(String rating, double latitude, double longitude, String... serviceTypes) {
        String suffix = Api.unique();
        String username = "p-" + suffix;
        String name = "Test Care " + suffix + " Ltd";
        String cqcProviderId = cqcId(2, suffix);
        String locationId = cqcId(3, suffix);
        CqcStub.provider(cqcProviderId, name, locationId);
        CqcStub.location(locationId, cqcProviderId, name + " House", cqcWord(rating), LocalDate.now().minusMonths(6),
                latitude, longitude, serviceTypes);
        var registered = Api.post(null, "providers/registrations", """
                {"organisation": {"name": "%s", "companyNumber": "12345678", "addressLine1": "1 Market Street",
                  "town": "Bury", "postcode": "bl9 0ej", "contactName": "Sam Test", "contactEmail": "sam@%s.example",
                  "contactPhone": "0161 555 0199", "cqcProviderId": "%s"},
                 "username": "%s", "password": "%s", "fullName": "Sam Test", "email": "sam@%s.example"}
                """.formatted(name, suffix, cqcProviderId, username, Api.PASSWORD, suffix), null).expect(201).json();
        long id = registered.getJsonNumber("id").longValue();
        Api.post(username, "providers/" + id + "/locations", "{\"locationId\": \"" + locationId + "\"}", null).expect(201);
        return new Provider(username, id, name, cqcProviderId, locationId);
    }

    /** A CQC id unique to this run: 1-, then the kind digit, then digits from the suffix. */
    public static String cqcId(int kind, String suffix) {
        return "1-" + kind + String.format("%08d", Math.abs(suffix.hashCode() % 100_000_000L));
    }

    /** CQC's word for a rating given as the product's enum name. */
    public static String cqcWord(String rating) {
        return switch (rating) {
            case "OUTSTANDING" -> "Outstanding";
            case "GOOD" -> "Good";
            case "REQUIRES_IMPROVEMENT" -> "Requires improvement";
            case "INADEQUATE" -> "Inadequate";
            default -> null;
        };
    }

    /** Lot ids of a DPS by lot code. */
    public static Map<String, Long> lots(String user, String dps) {
        return Api.get(user, "dps/" + dps).expect(200).json().getJsonArray("lots").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(l -> l.getString("code"), l -> l.getJsonNumber("id").longValue()));
    }

    /** A draft with lots, insurance and all three documents: ready to submit. */
    public static String completeDraft(Provider provider, String dps, List<String> lotCodes) {
        var lots = lots(provider.username(), dps);
        var draft = Api.post(provider.username(), "applications", "{\"dpsReference\": \"" + dps + "\"}", null).expect(201);
        String reference = draft.json().getString("reference");
        String lotIds = lotCodes.stream().map(code -> String.valueOf(lots.get(code))).collect(Collectors.joining(","));
        Api.put(provider.username(), "applications/" + reference + "/draft", """
                {"lotIds": [%s], "insurer": "Northern Mutual", "policyNumber": "NM-1", "employersLiabilityCover": 10000000,
                 "publicLiabilityCover": 5000000.00, "insuranceExpiresOn": "%s"}
                """.formatted(lotIds, LocalDate.now().plusYears(1)), draft.etag()).expect(200);
        for (String kind : List.of("SAFEGUARDING_POLICY", "MODERN_SLAVERY_POLICY", "INSURANCE_CERTIFICATE")) {
            Api.putBytes(provider.username(), "applications/" + reference + "/documents/" + kind + "?fileName="
                    + kind.toLowerCase() + ".pdf", "application/pdf", Api.pdf()).expect(200);
        }
        return reference;
    }

    /** Submitted and through its automatic checks: waiting for an officer. */
    public static String submitted(Provider provider, String dps, List<String> lotCodes) {
        String reference = completeDraft(provider, dps, lotCodes);
        var current = Api.get(provider.username(), "applications/" + reference).expect(200);
        Api.post(provider.username(), "applications/" + reference + "/submission", null, current.etag()).expect(200);
        Api.awaitStatus(provider.username(), reference, "UNDER_EVALUATION");
        return reference;
    }

    /** Recommends every lot's outcome as given (code to ADMIT / ADMIT_SUSPENDED / REJECT). */
    public static Api.Reply recommend(String officer, String reference, Map<String, String> outcomes) {
        var application = Api.get(officer, "applications/" + reference).expect(200);
        var ids = new HashMap<String, Long>();
        application.json().getJsonArray("lots").stream().map(JsonObject.class::cast)
                .forEach(l -> ids.put(l.getString("code"), l.getJsonNumber("lotId").longValue()));
        String lots = outcomes.entrySet().stream()
                .map(e -> "{\"lotId\": %d, \"outcome\": \"%s\", \"reason\": \"%s\"}".formatted(ids.get(e.getKey()),
                        e.getValue(), "ADMIT".equals(e.getValue()) ? "" : "Reason for " + e.getKey() + ": rating and evidence"))
                .collect(Collectors.joining(","));
        return Api.post(officer, "applications/" + reference + "/recommendation", "{\"lots\": [" + lots + "]}",
                application.etag());
    }

    public static Api.Reply approve(String lead, String reference) {
        var application = Api.get(lead, "applications/" + reference).expect(200);
        return Api.post(lead, "applications/" + reference + "/approval", "{\"comment\": \"Agreed\"}", application.etag());
    }

    /** Through decision and agreement to admission, every lot decided as given (ADMIT or ADMIT_SUSPENDED). */
    public static String admitted(Provider provider, String dps, Map<String, String> outcomes) {
        String reference = submitted(provider, dps, List.copyOf(outcomes.keySet()));
        recommend("officer", reference, outcomes).expect(200);
        approve("lead", reference).expect(200);
        Api.post(provider.username(), "applications/" + reference + "/agreement", null,
                Api.get(provider.username(), "applications/" + reference).etag()).expect(200);
        Api.awaitStatus(provider.username(), reference, "ADMITTED");
        return reference;
    }

    /** A PA 2023 dynamic market made for a test and open to applications, with one lot as given. */
    public static String openMarket(String careSetting, String minimumRating, boolean admitInadequateSuspended,
            Integer maxProviders) {
        String reference = "DM-IT-" + Api.unique().toUpperCase();
        Api.post("officer", "dps", """
                {"reference": "%s", "title": "Test dynamic market", "regime": "PA_2023_DYNAMIC_MARKET",
                 "termStart": "%s", "termEnd": "%s", "extensionOptions": 0, "extensionMonths": 12,
                 "evaluationWorkingDays": 15, "extendedEvaluationWorkingDays": null}
                """.formatted(reference, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3)), null).expect(201);
        Api.post("officer", "dps/" + reference + "/lots", """
                {"code": "1", "title": "Test lot", "careSetting": "%s", "careCategory": %s, "minimumRating": "%s",
                 "admitInadequateSuspended": %s, "maxProviders": %s}
                """.formatted(careSetting, "CARE_AT_HOME".equals(careSetting) ? "null" : "\"OLDER_PEOPLE\"",
                minimumRating, admitInadequateSuspended, maxProviders), null).expect(201);
        var dps = Api.get("officer", "dps/" + reference).expect(200);
        Api.post("officer", "dps/" + reference + "/open", null, dps.etag()).expect(200);
        return reference;
    }

    /** The location ids of an eligible-locations answer. */
    public static List<String> locationIds(jakarta.json.JsonArray eligible) {
        return eligible.stream().map(JsonObject.class::cast).map(l -> l.getString("locationId")).toList();
    }
}
