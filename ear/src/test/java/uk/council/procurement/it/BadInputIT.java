package uk.council.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input, generated from the OpenAPI document: for every operation under /dps/api, every path,
 * query and If-Match parameter and every field of its JSON body (nested objects and array items
 * too) gets bad values, one at a time, in an otherwise valid request; each answer must be a 4xx
 * problem document of the right status that names the field and shows no internals, and the
 * database must not change (GET /api/test-data/fingerprint before and after). Afterwards the valid
 * baseline of each operation is sent once, to prove that the bad value, not something else, was
 * what the server refused. The report goes to target/bad-input/report.txt.
 *
 * System properties: badinput.threads (parallel requests within one operation's cases, default 2),
 * badinput.fingerprintEachCase (true: fingerprint around every case, run one at a time).
 */
class BadInputIT extends ServerTest {

    private static final String OFFICER = "officer";
    private static final String LEAD = "lead";
    private static final String LEGAL = "legal";
    private static final String QUALITY = "quality";
    private static final String ADMIN = "admin";
    private static final String PROBLEM_PREFIX = "urn:council:dps:problem:";

    private static final int THREADS = Integer.getInteger("badinput.threads", 2);
    private static final boolean FINGERPRINT_EACH_CASE = Boolean.getBoolean("badinput.fingerprintEachCase");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String RUN = Api.unique();

    /** Query parameters whose value is one of a fixed set, though the document types them as text. */
    private static final Set<String> ENUM_LIKE_QUERY = Set.of("sort", "scope", "procedure", "status");

    /** Operations whose JSON body may be left out (an approval without a comment). */
    private static final Set<String> OPTIONAL_BODY = Set.of("POST applications/{reference}/approval");

    /** Operations without a valid request this test can make: their cases are shape-only. */
    private static final Map<String, String> NO_BASELINE = Map.of(
            "POST applications/{reference}/incidents/{incidentId}/retry",
            "needs an automatic step that failed all its retries (an incident); none exists here",
            "GET requirements/{reference}/offers",
            "offers are sealed until the deadline (CallOffIT reads them after it)",
            "GET requirements/{reference}/evaluation",
            "offers are sealed until the deadline (CallOffAwardIT reads the table after it)",
            "POST packages/{reference}/reoffer", "needs a package nobody accepted (CascadeIT offers one again)",
            "POST packages/{reference}/arranged-elsewhere", "needs a package nobody accepted (CascadeIT covers the step)",
            "POST emails/{id}/retry", "needs an email given up on after five failed sends (OutboundEmailTest covers the rule)");

    /** Operations this test knows how to call validly (GETs, and the changes in the order their baselines run at the end). */
    private static final List<String> KNOWN_GETS = List.of("GET dps", "GET dps/{reference}",
            "GET dps/{reference}/lots/{lotId}/eligible-locations", "GET dps/{reference}/lots/{lotId}/admissions",
            "GET applications", "GET applications/{reference}", "GET applications/{reference}/history",
            "GET applications/{reference}/process", "GET providers", "GET providers/me", "GET providers/{id}",
            "GET providers/{id}/locations/{locationId}/ratings", "GET providers/{id}/admissions",
            "GET admissions/{id}", "GET admissions/{id}/history", "GET tasks", "GET tasks/counts",
            "GET tasks/procedures", "GET notifications", "GET cqc/sync", "GET requirements",
            "GET requirements/{reference}", "GET requirements/{reference}/history", "GET invitations",
            "GET invitations/{id}", "GET call-off-contracts", "GET packages", "GET packages/zones",
            "GET packages/{reference}", "GET packages/{reference}/history", "GET package-offers", "GET package-offers/{id}",
            "GET zones", "GET zones/{lotId}", "GET zones/windows", "GET block-call-offs", "GET block-call-offs/mine",
            "GET block-call-offs/{reference}", "GET block-call-offs/{reference}/history", "GET criteria-templates",
            "GET criteria-templates/{id}", "GET criteria-templates/{id}/history", "GET emails", "GET emails/{id}",
            "GET contracts", "GET contracts/due", "GET contracts/{reference}", "GET contracts/{reference}/history",
            "GET contracts/{reference}/kpis", "GET contracts/{reference}/extension-check", "GET reviews",
            "GET reviews/{reference}", "GET reviews/{reference}/history", "GET reviews/{reference}/items/{id}/evidence",
            "GET deeds", "GET deeds/{reference}", "GET deeds/{reference}/history");

    /**
     * The valid baselines of the changes, in an order where none spoils a later one: the DPS draft is
     * changed, given a lot and opened; the draft application is saved, completed and submitted; the
     * application under evaluation is assigned, released, extended and recommended; and so on.
     */
    private static final List<String> HAPPY_ORDER = List.of(
            "POST cqc/imports",
            "PUT dps/{reference}", "POST dps/{reference}/lots", "PUT dps/{reference}/lots/{lotId}",
            "POST dps/{reference}/open", "POST dps/{reference}/close", "POST dps",
            "POST providers/registrations", "PUT providers/{id}",
            "POST providers/{id}/locations/{locationId}/refresh", "POST providers/{id}/locations/{locationId}/evidence",
            "POST providers/{id}/locations", "DELETE providers/{id}/locations/{locationId}",
            "POST applications", "PUT applications/{reference}/draft", "PUT applications/{reference}/documents/{kind}",
            "POST applications/{reference}/submission",
            "DELETE applications/{reference}", "POST applications/{reference}/withdrawal",
            "POST tasks/{businessKey}/assignment", "DELETE tasks/{businessKey}/assignment",
            "POST applications/{reference}/deadline-extension", "POST applications/{reference}/recommendation",
            "POST applications/{reference}/return", "POST applications/{reference}/approval",
            "POST applications/{reference}/agreement",
            // H answers its invitation before its R1 admission is suspended (which withdraws unanswered ones)
            "PUT invitations/{id}/offer", "POST invitations/{id}/decline",
            // and its location takes a block while it can still take call-offs in R1
            "POST block-call-offs", "POST block-call-offs/{reference}/placements",
            "POST block-call-offs/{reference}/placements/{placementId}/ending",
            "POST admissions/{id}/locations", "POST admissions/{id}/suspension", "POST admissions/{id}/lifting",
            "POST criteria-templates", "PUT criteria-templates/{id}", "DELETE criteria-templates/{id}",
            "POST requirements", "PUT requirements/{reference}", "POST requirements/{reference}/issue",
            "POST requirements/{reference}/cancellation",
            "POST packages", "POST packages/{reference}/cancellation", "POST package-offers/{id}/decline",
            "POST package-offers/{id}/acceptance", "PUT zones/windows", "PUT zones/{lotId}/rota",
            "POST zones/{lotId}/rota/swaps",
            "POST contracts", "PUT contracts/{reference}", "POST contracts/{reference}/kpis",
            "PUT contracts/{reference}/kpis/{id}",
            // a review of its own market is started; the one under way goes from recommendation to decision
            "POST reviews", "PUT reviews/{reference}/uplift", "POST reviews/{reference}/recommendations",
            "PUT reviews/{reference}/items/{id}/notes", "POST reviews/{reference}/submission",
            "POST reviews/{reference}/items/{id}/decision", "POST reviews/{reference}/completion",
            // four deeds, one per change
            "PUT deeds/{reference}/terms", "POST deeds/{reference}/refusal", "POST deeds/{reference}/provider-signature",
            "POST deeds/{reference}/seal",
            "POST cqc/sync");

    // --- the data the valid requests need, made once -------------------------------------------------

    /** Lot R1 of the open demo DPS. */
    static long r1;
    /** A provider with a complete draft (saved, documented, submitted at the end). */
    static Fixtures.Provider providerA;
    static String draftD;
    /** A provider without an application: starts one, lists and removes a location. */
    static Fixtures.Provider provider0;
    static String newLocationOf0;
    /** A provider with a complete draft that it deletes. */
    static Fixtures.Provider providerX;
    static String draftToDelete;
    /** A provider with an application under evaluation that it withdraws. */
    static Fixtures.Provider providerW;
    static String toWithdraw;
    /** Applications: under evaluation; awaiting approval (two); awaiting the provider's agreement. */
    static String underEvaluation;
    static String awaitingApproval;
    static String awaitingApproval2;
    static Fixtures.Provider providerG;
    static String awaitingAgreement;
    /** An admitted provider: R1 active, R2 suspended, and a location listed after admission. */
    static Fixtures.Provider providerH;
    static long activeAdmission;
    static long suspendedAdmission;
    static String uncoveredLocationOfH;
    /** A draft dynamic market with one lot, and an open one to close. */
    static String draftDps;
    static long draftDpsLot;
    static String openMarket;
    /** Call-offs in R1: a draft requirement (changed, then issued), an issued one, one to cancel; H's invitation. */
    static String draftRequirement;
    static String issuedRequirement;
    static String requirementToCancel;
    static long invitationOfH;
    /**
     * Care at home in the demo framework: Bury East (with its demo rota) and Bury North (no rota, so its
     * packages go straight to the Lot 2 providers, demo users provider5 and provider6); a package being
     * offered (provider5's offer is declined), one to cancel, and one provider6 accepts.
     */
    static final String CARE_AT_HOME = "CAH-FW-2025";
    static long zoneWithRota;
    static long zoneWithoutRota;
    static String packageOffered;
    static String packageToCancel;
    static long offerToDecline;
    static long offerToAccept;
    /** A block of H's location in R1 with one stay (ended early by the baseline). */
    static String block;
    static long stay;
    /** Criteria templates of R1: one to change, one to delete. */
    static long templateToChange;
    static long templateToDelete;
    /** Contracts: the Bury example registered for K (one KPI quarter on it); R has none and registers one. */
    static Fixtures.Provider providerR;
    static String contract;
    static long kpi;
    /** Reviews: one under way (its one provider's item), and a market due one that the baseline starts. */
    static String review;
    static long reviewItem;
    static String marketDueAReview;
    /** Deeds awaiting their providers: one legal revises, one its provider refuses, one it signs; one awaiting the seal. */
    static String deedToRevise;
    static String deedToRefuse;
    static Fixtures.Provider refusing;
    static String deedToSign;
    static Fixtures.Provider signing;
    static String deedToSeal;
    /** A review whose recommendation waits for the leads: decided and finished by the baselines. */
    static String reviewToDecide;
    static long itemToDecide;
    /** The CQC provider id a registration names (served by the stub). */
    static String registrationCqcId;
    static double fixtureSeconds;

    @BeforeAll
    static void makeTheDataValidRequestsNeed() throws Exception {
        long started = System.nanoTime();
        r1 = Fixtures.lots(OFFICER, Fixtures.OPEN_DPS).get("R1");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            var tasks = List.<Callable<Void>>of(() -> {
                providerA = Fixtures.provider("GOOD");
                draftD = Fixtures.completeDraft(providerA, Fixtures.OPEN_DPS, List.of("R1"));
                provider0 = Fixtures.provider("GOOD");
                newLocationOf0 = Fixtures.cqcId(6, Api.unique());
                CqcStub.location(newLocationOf0, provider0.cqcProviderId(), provider0.name() + " Annex", "Good",
                        TODAY.minusMonths(2), 53.60, -2.31, CqcStub.RESIDENTIAL);
                registrationCqcId = Fixtures.cqcId(2, "registration-" + RUN);
                CqcStub.provider(registrationCqcId, "Bad Input " + RUN + " Ltd");
                providerX = Fixtures.provider("GOOD");
                draftToDelete = Fixtures.completeDraft(providerX, Fixtures.OPEN_DPS, List.of("R1"));
                return null;
            }, () -> {
                underEvaluation = Fixtures.submitted(Fixtures.provider("GOOD"), Fixtures.OPEN_DPS, List.of("R1"));
                providerW = Fixtures.provider("GOOD");
                toWithdraw = Fixtures.submitted(providerW, Fixtures.OPEN_DPS, List.of("R1"));
                awaitingApproval = Fixtures.submitted(Fixtures.provider("GOOD"), Fixtures.OPEN_DPS, List.of("R1"));
                Fixtures.recommend(OFFICER, awaitingApproval, Map.of("R1", "ADMIT")).expect(200);
                return null;
            }, () -> {
                awaitingApproval2 = Fixtures.submitted(Fixtures.provider("GOOD"), Fixtures.OPEN_DPS, List.of("R1"));
                Fixtures.recommend(OFFICER, awaitingApproval2, Map.of("R1", "ADMIT")).expect(200);
                providerG = Fixtures.provider("GOOD");
                awaitingAgreement = Fixtures.submitted(providerG, Fixtures.OPEN_DPS, List.of("R1"));
                Fixtures.recommend(OFFICER, awaitingAgreement, Map.of("R1", "ADMIT")).expect(200);
                Fixtures.approve(LEAD, awaitingAgreement).expect(200);
                Api.awaitStatus(providerG.username(), awaitingAgreement, "AWAITING_AGREEMENT");
                return null;
            }, () -> {
                providerH = Fixtures.provider("GOOD");
                Fixtures.admitted(providerH, Fixtures.OPEN_DPS, Map.of("R1", "ADMIT", "R2", "ADMIT"));
                var admissions = Api.get(OFFICER, "providers/" + providerH.id() + "/admissions").expect(200).array()
                        .stream().map(JsonObject.class::cast)
                        .collect(Collectors.toMap(a -> a.getString("lotCode"), a -> a.getJsonNumber("id").longValue()));
                activeAdmission = admissions.get("R1");
                suspendedAdmission = admissions.get("R2");
                Api.post(OFFICER, "admissions/" + suspendedAdmission + "/suspension",
                        "{\"reason\": \"Suspended for the bad input test\", \"liftingNeedsLead\": false}",
                        Api.get(OFFICER, "admissions/" + suspendedAdmission).expect(200).etag()).expect(200);
                uncoveredLocationOfH = Fixtures.cqcId(7, Api.unique());
                CqcStub.location(uncoveredLocationOfH, providerH.cqcProviderId(), providerH.name() + " Lodge", "Good",
                        TODAY.minusMonths(2), 53.61, -2.29, CqcStub.RESIDENTIAL);
                Api.post(providerH.username(), "providers/" + providerH.id() + "/locations",
                        "{\"locationId\": \"" + uncoveredLocationOfH + "\"}", null).expect(201);

                block = Api.post(OFFICER, "block-call-offs", """
                        {"lotId": %d, "providerId": %d, "locationId": "%s", "title": "Bad input block", "startDate": "%s",
                         "endDate": "%s", "places": 3, "weeklyRate": 950}
                        """.formatted(r1, providerH.id(), providerH.locationId(), TODAY, TODAY.plusDays(90)), null)
                        .expect(201).json().getString("reference");
                stay = Api.post(OFFICER, "block-call-offs/" + block + "/placements", "{\"personReference\": \"BI-STAY\", "
                        + "\"fromDate\": \"" + TODAY.plusDays(10) + "\", \"toDate\": \"" + TODAY.plusDays(20) + "\"}", null)
                        .expect(201).json().getJsonArray("placements").getJsonObject(0).getJsonNumber("id").longValue();
                templateToChange = template("BI change " + RUN);
                templateToDelete = template("BI delete " + RUN);
                draftRequirement = requirement(false);
                issuedRequirement = requirement(true);
                requirementToCancel = requirement(true);
                invitationOfH = Api.get(providerH.username(), "invitations").expect(200).array().stream()
                        .map(JsonObject.class::cast).filter(i -> i.getString("requirementReference").equals(issuedRequirement))
                        .findFirst().orElseThrow().getJsonNumber("id").longValue();

                draftDps = "BI-X-" + Api.unique().toUpperCase(Locale.ROOT);
                Api.post(OFFICER, "dps", """
                        {"reference": "%s", "title": "Bad input draft market", "regime": "PA_2023_DYNAMIC_MARKET",
                         "termStart": "%s", "termEnd": "%s", "extensionOptions": 0, "extensionMonths": 12,
                         "evaluationWorkingDays": 15, "extendedEvaluationWorkingDays": null}
                        """.formatted(draftDps, TODAY.minusMonths(1), TODAY.plusYears(3)), null).expect(201);
                draftDpsLot = Api.post(OFFICER, "dps/" + draftDps + "/lots", """
                        {"code": "1", "title": "Bad input lot", "careSetting": "RESIDENTIAL", "careCategory": "OLDER_PEOPLE",
                         "minimumRating": "GOOD", "admitInadequateSuspended": false}
                        """, null).expect(201).json().getJsonArray("lots").getJsonObject(0).getJsonNumber("id").longValue();
                openMarket = Fixtures.openMarket("RESIDENTIAL", "GOOD", false, null);
                return null;
            }, () -> {
                var zones = Fixtures.lots(OFFICER, CARE_AT_HOME);
                zoneWithRota = zones.get("1-BE");
                zoneWithoutRota = zones.get("1-BN");
                Api.put(OFFICER, "zones/windows?dps=" + CARE_AT_HOME,
                        "{\"onDutyMinutes\": 60, \"partnerMinutes\": 30, \"openMinutes\": 120}", null).expect(200);
                packageOffered = carePackage(zoneWithoutRota);
                packageToCancel = carePackage(zoneWithoutRota);
                String toAccept = carePackage(zoneWithoutRota);
                offerToDecline = openOffer("provider5", packageOffered);
                offerToAccept = openOffer("provider6", toAccept);
                return null;
            });
            tasks = new ArrayList<>(tasks);
            tasks.add(() -> {
                var providerK = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                providerR = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                contract = Api.post(OFFICER, "contracts", ContractFixtures.buryAgreement(providerK.id()), null)
                        .expect(201).json().getString("reference");
                kpi = Api.post(QUALITY, "contracts/" + contract + "/kpis", "{\"financialYear\": 2023, \"quarter\": 1, "
                        + "\"complaints\": 1}", null).expect(201).json().getJsonNumber("id").longValue();
                String reviewed = ContractFixtures.framework("LEAD");
                var member = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                Fixtures.admitted(member, reviewed, Map.of("1", "ADMIT"));
                ContractFixtures.agreement(reviewed, member, "250000", TODAY.plusMonths(5));
                var underWay = Api.post(OFFICER, "reviews", "{\"dps\": \"" + reviewed + "\"}", null).expect(201).json();
                review = underWay.getString("reference");
                reviewItem = underWay.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
                String toDecide = ContractFixtures.framework("LEAD");
                var decided = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                Fixtures.admitted(decided, toDecide, Map.of("1", "ADMIT"));
                ContractFixtures.agreement(toDecide, decided, "150000", TODAY.plusMonths(5));
                var waiting = Api.post(OFFICER, "reviews", "{\"dps\": \"" + toDecide + "\"}", null).expect(201).json();
                reviewToDecide = waiting.getString("reference");
                var item = waiting.getJsonArray("items").getJsonObject(0);
                itemToDecide = item.getJsonNumber("id").longValue();
                Api.post(OFFICER, "reviews/" + reviewToDecide + "/recommendations", "{\"items\": [{\"id\": " + itemToDecide
                        + ", \"version\": " + item.getJsonNumber("version") + "}], \"recommendation\": \"EXPIRE\", "
                        + "\"months\": null, \"reasons\": \"Too many providers\"}", null).expect(200);
                Api.post(OFFICER, "reviews/" + reviewToDecide + "/submission", null,
                        Api.get(OFFICER, "reviews/" + reviewToDecide).etag()).expect(200);
                marketDueAReview = ContractFixtures.framework("LEAD");
                var due = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                Fixtures.admitted(due, marketDueAReview, Map.of("1", "ADMIT"));
                ContractFixtures.agreement(marketDueAReview, due, "90000", TODAY.plusMonths(5));
                return null;
            });
            tasks.add(() -> {
                deedToRevise = ContractFixtures.deedFor(Fixtures.provider("GOOD", CqcStub.DOMICILIARY), "100000");
                refusing = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                deedToRefuse = ContractFixtures.deedFor(refusing, "100000");
                signing = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                deedToSign = ContractFixtures.deedFor(signing, "100000");
                var signed = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
                deedToSeal = ContractFixtures.deedFor(signed, "100000");
                var read = Api.get(signed.username(), "deeds/" + deedToSeal).expect(200);
                Api.post(signed.username(), "deeds/" + deedToSeal + "/provider-signature", "{\"signatory\": \"Ruth Evans\", "
                        + "\"digest\": \"" + read.json().getString("documentSha256") + "\"}", read.etag()).expect(200);
                return null;
            });
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get(); // rethrows what went wrong
            }
        } finally {
            pool.shutdownNow();
        }
        fixtureSeconds = (System.nanoTime() - started) / 1e9;
    }

    // --- one operation of the document, and how to call it validly --------------------------------

    enum BodyKind { NONE, JSON_OBJECT, RAW_JSON, BINARY }

    static final class Plan {
        final String method;
        final String template;
        final String key;
        final Map<String, JsonObject> pathParams = new LinkedHashMap<>();
        final Map<String, JsonObject> queryParams = new LinkedHashMap<>();
        boolean ifMatch;
        String user = OFFICER;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        BodyKind bodyKind = BodyKind.NONE;
        JsonObject bodySchema;
        Boolean bodyRequired;
        String contentType;
        final Map<String, JsonValue> overrides = new HashMap<>();
        Supplier<JsonObject> overlay;
        Supplier<String> etagSource;
        String rawBaseline;
        /** Why no valid request can be made (its cases are shape-only); null when one can. */
        String shapeOnly;
        /** Known to this test: a refused baseline is a failure, not a reason to call it shape-only. */
        boolean known;

        JsonValue baselineJson;
        byte[] body;
        String etag;
        final AtomicInteger cases = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final Map<Integer, Integer> answers = Collections.synchronizedMap(new TreeMap<>());
        Integer baselineStatus;
        String baselineAnswer;
        long millis;

        Plan(String method, String template) {
            this.method = method;
            this.template = template;
            this.key = method + " " + template;
        }

        String ifMatchHeader() {
            return ifMatch && etag != null ? "\"" + etag + "\"" : null;
        }
    }

    /** One bad request: the baseline with one thing changed, and the statuses it may get (empty: any 4xx). */
    record Case(Plan plan, String kind, String target, String value, Map<String, String> pathValues,
            Map<String, String> query, String ifMatch, byte[] body, String contentType, Set<Integer> expected,
            String leaf) {
    }

    record Failure(String operation, String kind, String target, String value, String expected, int status,
            String reasons, String excerpt) {

        String line() {
            return "%s | %s %s | value %s | expected %s | got %s | %s%n      body: %s".formatted(operation, kind, target,
                    value, expected, status < 0 ? "no answer" : status == 0 ? "-" : String.valueOf(status), reasons, excerpt);
        }
    }

    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger shapeOnlyCases = new AtomicInteger();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> fingerprintChanges = new ArrayList<>();
    private boolean fingerprints = true;
    private String lastFingerprint;

    @Test
    void everyBadValueOfEveryOperationIsRefusedWithAProblemAndChangesNothing() throws Exception {
        long started = System.nanoTime();
        JsonObject document = openApi();
        List<Plan> plans = plans(document);
        assertThat(plans).as("operations under /dps/api in the OpenAPI document").isNotEmpty();
        for (Plan plan : plans) {
            try {
                prepare(plan, document);
            } catch (RuntimeException | AssertionError e) {
                plan.shapeOnly = "its valid request could not be prepared: " + e.getMessage();
                if (plan.bodyKind == BodyKind.JSON_OBJECT && plan.baselineJson == null) {
                    plan.baselineJson = JsonValue.EMPTY_JSON_OBJECT;
                    plan.body = "{}".getBytes(StandardCharsets.UTF_8);
                }
                if (plan.known) {
                    failures.add(new Failure(plan.key + " as " + plan.user, "setup", "(valid request)", "", "prepared",
                            0, "its valid request could not be prepared: " + e, ""));
                }
            }
        }
        awaitQuietDatabase();

        long casesStarted = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, THREADS));
        try {
            for (Plan plan : plans) {
                refreshETag(plan); // as it is now, should an earlier operation's bad request have changed it
                run(plan, cases(plan, document), pool);
            }
        } finally {
            pool.shutdownNow();
        }
        long happyStarted = System.nanoTime();
        runBaselines(plans);
        long ended = System.nanoTime();

        String report = report(plans, (casesStarted - started) / 1e9, (happyStarted - casesStarted) / 1e9,
                (ended - happyStarted) / 1e9, (ended - started) / 1e9);
        Path file = Path.of("target/bad-input/report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println("BadInputIT: " + total.get() + " bad-input cases (" + shapeOnlyCases.get()
                + " shape-only), " + failures.size() + " failures; report in " + file.toAbsolutePath());

        assertThat(total.get()).as("bad-input cases sent").isGreaterThanOrEqualTo(300);
        assertThat(failures).as("failures (see %s):%n%s", file.toAbsolutePath(), failures.stream().limit(40)
                .map(Failure::line).collect(Collectors.joining("\n"))).isEmpty();
    }

    // --- reading the document -----------------------------------------------------------------------

    private static JsonObject openApi() {
        String host = Api.BASE.replaceFirst("dps/?$", "");
        var reply = Api.send(HttpRequest.newBuilder(URI.create(host + "openapi?format=JSON"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET());
        reply.expect(200);
        return reply.json();
    }

    private List<Plan> plans(JsonObject document) {
        JsonObject paths = document.getJsonObject("paths");
        String prefix = "/dps/api/";
        for (String candidate : List.of("/dps/api/", "/api/", "/")) {
            if (paths.keySet().stream().anyMatch(p -> p.startsWith(candidate + "applications"))) {
                prefix = candidate;
                break;
            }
        }
        var plans = new ArrayList<Plan>();
        for (var entry : paths.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            String template = entry.getKey().substring(prefix.length()).replaceAll("/+$", "");
            JsonObject item = entry.getValue().asJsonObject();
            for (String method : List.of("get", "put", "post", "delete", "patch")) {
                if (!(item.get(method) instanceof JsonObject operation)) {
                    continue;
                }
                Plan plan = new Plan(method.toUpperCase(Locale.ROOT), template);
                if (template.startsWith("test-clock") || template.startsWith("test-data")) {
                    skipped.add(plan.key + "  (test runs only)");
                    continue;
                }
                if (plan.key.equals("GET applications/{reference}/documents/{kind}")) {
                    skipped.add(plan.key + "  (document download)");
                    continue;
                }
                readParameters(plan, item, operation, document);
                readBody(plan, operation, document);
                plans.add(plan);
            }
        }
        plans.sort((x, y) -> x.key.compareTo(y.key));
        return plans;
    }

    private static void readParameters(Plan plan, JsonObject item, JsonObject operation, JsonObject document) {
        var parameters = new ArrayList<JsonObject>();
        for (JsonObject holder : List.of(item, operation)) {
            if (holder.get("parameters") instanceof JsonArray list) {
                for (JsonValue p : list) {
                    JsonObject parameter = p.asJsonObject();
                    if (parameter.get("$ref") instanceof JsonString ref) {
                        parameter = BadValues.pointer(document, ref.getString());
                    }
                    parameters.add(parameter);
                }
            }
        }
        Matcher placeholders = Pattern.compile("\\{([^}]+)}").matcher(plan.template);
        while (placeholders.find()) {
            plan.pathParams.put(placeholders.group(1), JsonValue.EMPTY_JSON_OBJECT);
        }
        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name", "");
            String in = parameter.getString("in", "");
            JsonObject schema = BadValues.resolve(parameter.get("schema") instanceof JsonObject s ? s
                    : JsonValue.EMPTY_JSON_OBJECT, document);
            switch (in) {
                case "path" -> {
                    if (plan.pathParams.containsKey(name)) {
                        plan.pathParams.put(name, schema);
                    }
                }
                case "query" -> plan.queryParams.put(name, schema);
                case "header" -> plan.ifMatch |= name.equalsIgnoreCase("If-Match");
                default -> {
                }
            }
        }
    }

    private static void readBody(Plan plan, JsonObject operation, JsonObject document) {
        if (!(operation.get("requestBody") instanceof JsonObject requestBody)) {
            return;
        }
        if (requestBody.get("$ref") instanceof JsonString ref) {
            requestBody = BadValues.pointer(document, ref.getString());
        }
        plan.bodyRequired = requestBody.get("required") == JsonValue.TRUE ? Boolean.TRUE
                : requestBody.get("required") == JsonValue.FALSE ? Boolean.FALSE : null;
        if (!(requestBody.get("content") instanceof JsonObject content) || content.isEmpty()) {
            return;
        }
        String json = content.keySet().stream().filter(t -> t.equals("application/json") || t.endsWith("+json"))
                .findFirst().orElse(null);
        if (json != null) {
            JsonObject schema = content.getJsonObject(json).get("schema") instanceof JsonObject s ? s
                    : JsonValue.EMPTY_JSON_OBJECT;
            plan.contentType = "application/json";
            plan.bodySchema = schema;
            plan.bodyKind = BadValues.isObjectWithProperties(BadValues.resolve(schema, document)) ? BodyKind.JSON_OBJECT
                    : BodyKind.RAW_JSON;
        } else {
            plan.contentType = content.containsKey("application/pdf") ? "application/pdf" : content.keySet().iterator().next();
            plan.bodyKind = BodyKind.BINARY;
        }
    }

    // --- valid requests ------------------------------------------------------------------------------

    /** Who calls, with which ids, and the valid body: the semantic parts a schema cannot give. */
    private void configure(Plan plan) {
        String first = plan.template.split("/")[0];
        for (String name : plan.pathParams.keySet()) {
            String value = switch (first + ":" + name) {
                case "dps:reference" -> Fixtures.OPEN_DPS;
                case "dps:lotId" -> String.valueOf(r1);
                case "applications:reference" -> underEvaluation;
                case "applications:kind" -> "SAFEGUARDING_POLICY";
                case "applications:incidentId" -> "no-such-incident";
                case "providers:id" -> String.valueOf(providerA.id());
                case "providers:locationId" -> providerA.locationId();
                case "admissions:id" -> String.valueOf(activeAdmission);
                case "tasks:businessKey" -> underEvaluation;
                case "requirements:reference" -> issuedRequirement;
                case "invitations:id" -> String.valueOf(invitationOfH);
                case "packages:reference" -> packageOffered;
                case "package-offers:id" -> String.valueOf(offerToDecline);
                case "zones:lotId" -> String.valueOf(zoneWithRota);
                case "block-call-offs:reference" -> block;
                case "block-call-offs:placementId" -> String.valueOf(stay);
                case "criteria-templates:id" -> String.valueOf(templateToChange);
                case "contracts:reference" -> contract;
                case "contracts:id" -> String.valueOf(kpi);
                case "reviews:reference" -> review;
                case "reviews:id" -> String.valueOf(reviewItem);
                case "deeds:reference" -> deedToRevise;
                case "emails:id" -> String.valueOf(Api.get(OFFICER, "emails?max=1").expect(200).json().getJsonArray("rows")
                        .getJsonObject(0).getJsonNumber("id").longValue());
                default -> null;
            };
            if (value == null) {
                plan.shapeOnly = "no value known for path parameter " + name;
                value = "1";
            }
            plan.pathValues.put(name, value);
        }
        plan.known = KNOWN_GETS.contains(plan.key) || HAPPY_ORDER.contains(plan.key);
        switch (plan.key) {
            case "GET providers/me" -> plan.user = providerA.username();
            case "GET providers/{id}/admissions" -> plan.pathValues.put("id", String.valueOf(providerH.id()));
            case "GET dps/{reference}/lots/{lotId}/eligible-locations" -> {
                plan.query.put("lat", "53.59");
                plan.query.put("lon", "-2.30");
                plan.query.put("km", "20");
            }
            case "POST dps" -> {
                plan.overrides.put("reference", Json.createValue("BI-" + RUN.toUpperCase(Locale.ROOT)));
                plan.overrides.put("title", Json.createValue("Bad input market " + RUN));
            }
            case "PUT dps/{reference}", "POST dps/{reference}/open" -> plan.pathValues.put("reference", draftDps);
            case "POST dps/{reference}/lots" -> {
                plan.pathValues.put("reference", draftDps);
                plan.overrides.put("code", Json.createValue("BI2"));
                plan.overrides.put("title", Json.createValue("Bad input lot two"));
            }
            case "PUT dps/{reference}/lots/{lotId}" -> {
                plan.pathValues.put("reference", draftDps);
                plan.pathValues.put("lotId", String.valueOf(draftDpsLot));
                plan.overlay = () -> lotOfDraftDps(OFFICER);
                plan.etagSource = () -> String.valueOf(lotOfDraftDps(OFFICER).getJsonNumber("version").longValue());
            }
            case "POST dps/{reference}/close" -> plan.pathValues.put("reference", openMarket);
            case "POST providers/registrations" -> {
                plan.user = null;
                plan.overrides.put("organisation.name", Json.createValue("Bad Input " + RUN + " Ltd"));
                plan.overrides.put("organisation.cqcProviderId", Json.createValue(registrationCqcId));
                plan.overrides.put("username", Json.createValue("bi-" + RUN));
                plan.overrides.put("email", Json.createValue("bi-" + RUN + "@example.org"));
            }
            case "PUT providers/{id}" -> plan.user = providerA.username();
            case "POST providers/{id}/locations" -> {
                plan.user = provider0.username();
                plan.pathValues.put("id", String.valueOf(provider0.id()));
                plan.overrides.put("locationId", Json.createValue(newLocationOf0));
            }
            case "POST providers/{id}/locations/{locationId}/evidence" -> plan.user = QUALITY;
            case "DELETE providers/{id}/locations/{locationId}" -> {
                plan.user = provider0.username();
                plan.pathValues.put("id", String.valueOf(provider0.id()));
                plan.pathValues.put("locationId", provider0.locationId());
            }
            case "POST cqc/imports" -> {
                plan.user = QUALITY;
                plan.rawBaseline = "[]";
            }
            case "POST cqc/sync" -> plan.user = QUALITY;
            case "POST applications" -> plan.user = provider0.username();
            case "PUT applications/{reference}/draft", "POST applications/{reference}/submission" -> {
                plan.user = providerA.username();
                plan.pathValues.put("reference", draftD);
            }
            case "PUT applications/{reference}/documents/{kind}" -> {
                plan.user = providerA.username();
                plan.pathValues.put("reference", draftD);
                plan.query.put("fileName", "bad-input.pdf");
            }
            case "DELETE applications/{reference}" -> {
                plan.user = providerX.username();
                plan.pathValues.put("reference", draftToDelete);
                plan.etagSource = () -> Api.get(providerX.username(), "applications/" + draftToDelete).expect(200).etag();
            }
            case "POST applications/{reference}/withdrawal" -> {
                plan.user = providerW.username();
                plan.pathValues.put("reference", toWithdraw);
            }
            case "POST applications/{reference}/approval" -> {
                plan.user = LEAD;
                plan.pathValues.put("reference", awaitingApproval);
            }
            case "POST applications/{reference}/return" -> {
                plan.user = LEAD;
                plan.pathValues.put("reference", awaitingApproval2);
            }
            case "POST applications/{reference}/agreement" -> {
                plan.user = providerG.username();
                plan.pathValues.put("reference", awaitingAgreement);
            }
            case "POST admissions/{id}/lifting" -> {
                plan.user = LEAD;
                plan.pathValues.put("id", String.valueOf(suspendedAdmission));
            }
            case "POST admissions/{id}/locations" -> plan.overrides.put("locationId", Json.createValue(uncoveredLocationOfH));
            case "POST requirements/{reference}/issue" -> plan.pathValues.put("reference", draftRequirement);
            case "PUT requirements/{reference}" -> {
                plan.pathValues.put("reference", draftRequirement);
                // the draft as it is, its criteria written as a change sends them (the view adds position and labels)
                plan.overlay = () -> {
                    var current = Api.get(OFFICER, "requirements/" + draftRequirement);
                    return current.status() != 200 ? null : Json.createObjectBuilder(current.json())
                            .add("criteria", Json.createReader(new java.io.StringReader(CRITERIA)).readArray())
                            .add("schedule", JsonValue.EMPTY_JSON_ARRAY).build();
                };
            }
            case "POST requirements/{reference}/cancellation" -> plan.pathValues.put("reference", requirementToCancel);
            case "GET invitations", "GET invitations/{id}", "POST invitations/{id}/decline",
                    "POST invitations/{id}/award-confirmation", "POST invitations/{id}/award-decline" ->
                    plan.user = providerH.username();
            case "PUT invitations/{id}/offer" -> {
                plan.user = providerH.username();
                // the invitation as it is, with a valid answer to each of the requirement's criteria
                String path = "invitations/" + invitationOfH;
                plan.overlay = () -> {
                    var current = Api.get(providerH.username(), path);
                    return current.status() != 200 ? null : Json.createObjectBuilder(current.json())
                            .add("answers", Json.createReader(new java.io.StringReader(VALID_ANSWERS)).readArray()).build();
                };
            }
            case "POST requirements/{reference}/award/approval", "POST requirements/{reference}/award/return" ->
                    plan.user = LEAD;
            case "POST packages" -> {
                plan.overrides.put("lotId", Json.createValue(zoneWithoutRota));
                // the hours come from the schedule (one visit of 30 minutes), so none are sent
                plan.overrides.put("weeklyHours", JsonValue.NULL);
                plan.overrides.put("schedule", Json.createReader(new java.io.StringReader(
                        "[{\"day\": \"MONDAY\", \"start\": \"08:00\", \"carers\": 1, \"minutes\": 30}]")).readArray());
            }
            case "POST requirements" -> plan.overrides.put("schedule", JsonValue.EMPTY_JSON_ARRAY); // R1 is a care home lot
            case "POST packages/{reference}/cancellation" -> plan.pathValues.put("reference", packageToCancel);
            case "GET package-offers", "GET package-offers/{id}", "POST package-offers/{id}/decline" ->
                    plan.user = "provider5";
            case "POST package-offers/{id}/acceptance" -> {
                plan.user = "provider6";
                plan.pathValues.put("id", String.valueOf(offerToAccept));
            }
            case "GET zones" -> plan.query.put("dps", CARE_AT_HOME);
            case "GET zones/windows", "PUT zones/windows" -> {
                plan.query.put("dps", CARE_AT_HOME);
                String path = "zones/windows?dps=" + CARE_AT_HOME;
                plan.overlay = () -> Api.get(OFFICER, path).expect(200).json();
                plan.etagSource = () -> Api.get(OFFICER, path).expect(200).etag();
            }
            case "GET block-call-offs/mine" -> plan.user = providerH.username();
            case "POST criteria-templates", "PUT criteria-templates/{id}" -> {
                plan.overrides.put("name", Json.createValue("BI template " + plan.method + " " + RUN));
                plan.overrides.put("criteria", Json.createReader(new java.io.StringReader(CRITERIA)).readArray());
            }
            case "DELETE criteria-templates/{id}" -> {
                plan.pathValues.put("id", String.valueOf(templateToDelete));
                plan.etagSource = () -> Api.get(OFFICER, "criteria-templates/" + templateToDelete).expect(200).etag();
            }
            case "POST block-call-offs" -> {
                plan.overrides.put("providerId", Json.createValue(providerH.id()));
                plan.overrides.put("locationId", Json.createValue(providerH.locationId()));
            }
            case "POST block-call-offs/{reference}/placements/{placementId}/ending" -> plan.etagSource = () ->
                    String.valueOf(Api.get(OFFICER, "block-call-offs/" + block).expect(200).json().getJsonArray("placements")
                            .stream().map(JsonObject.class::cast).filter(p -> p.getJsonNumber("id").longValue() == stay)
                            .findFirst().orElseThrow().getJsonNumber("version").longValue());
            case "PUT zones/{lotId}/rota" -> plan.overlay = () -> Api.get(OFFICER, "zones/" + zoneWithRota).expect(200).json();
            case "GET contracts/{reference}/extension-check" -> {
                plan.query.put("months", "12");
                plan.query.put("notifiedOn", "2024-07-01");
                plan.query.put("uplift", "8.24");
            }
            case "GET contracts/due" -> plan.query.put("months", "6");
            case "POST contracts", "PUT contracts/{reference}" -> {
                if (plan.method.equals("POST")) {
                    plan.overrides.put("dps", Json.createValue(ContractFixtures.BURY));
                    plan.overrides.put("providerId", Json.createValue(providerR.id()));
                } else {
                    plan.etagSource = () -> Api.get(OFFICER, "contracts/" + contract).expect(200).etag();
                }
                plan.overrides.put("title", Json.createValue("Care at home, Lot 1"));
                plan.overrides.put("commencement", Json.createValue("2021-10-25"));
                plan.overrides.put("expiry", Json.createValue("2024-10-24"));
                plan.overrides.put("longestExtensionMonths", Json.createValue(24));
                plan.overrides.put("extensionsAllowed", Json.createValue(2));
                plan.overrides.put("longestTotalMonths", Json.createValue(60));
                plan.overrides.put("noticeMonths", Json.createValue(3));
                plan.overrides.put("rate", Json.createValue(new java.math.BigDecimal("19.85")));
                plan.overrides.put("rateUnit", Json.createValue("PER_HOUR"));
                plan.overrides.put("annualSpend", Json.createValue(120000));
                plan.overrides.put("reason", Json.createValue("Bad input baseline"));
            }
            case "POST contracts/{reference}/kpis", "PUT contracts/{reference}/kpis/{id}" -> {
                plan.user = QUALITY;
                boolean correction = plan.method.equals("PUT");
                plan.overrides.put("financialYear", Json.createValue(2023));
                plan.overrides.put("quarter", Json.createValue(correction ? 1 : 2));
                plan.overrides.put("visitsOnTimePercent", Json.createValue(new java.math.BigDecimal("92.5")));
                plan.overrides.put("complaints", Json.createValue(2));
                plan.overrides.put("staffTurnoverPercent", Json.createValue(20));
                plan.overrides.put("ecmCompliancePercent", Json.createValue(97));
                plan.overrides.put("note", Json.createValue("From the provider's return"));
                plan.overrides.put("reason", Json.createValue("Provider resubmitted"));
                if (correction) {
                    plan.etagSource = () -> String.valueOf(Api.get(OFFICER, "contracts/" + contract + "/kpis").expect(200)
                            .array().stream().map(JsonObject.class::cast).filter(k -> k.getJsonNumber("id").longValue() == kpi)
                            .findFirst().orElseThrow().getJsonNumber("version").longValue());
                }
            }
            case "POST reviews" -> plan.overrides.put("dps", Json.createValue(marketDueAReview));
            case "PUT reviews/{reference}/uplift" -> {
                plan.overrides.put("upliftPercent", Json.createValue(new java.math.BigDecimal("8.24")));
                plan.etagSource = () -> Api.get(OFFICER, "reviews/" + review).expect(200).etag();
            }
            case "POST reviews/{reference}/recommendations" -> {
                var item = Api.get(OFFICER, "reviews/" + review).expect(200).json().getJsonArray("items").getJsonObject(0);
                plan.overrides.put("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", item.getJsonNumber("id")).add("version", item.getJsonNumber("version"))).build());
                plan.overrides.put("recommendation", Json.createValue("EXTEND"));
                plan.overrides.put("months", Json.createValue(12));
                plan.overrides.put("reasons", Json.createValue("Meets its obligations"));
            }
            case "PUT reviews/{reference}/items/{id}/notes" -> {
                plan.overrides.put("notes", Json.createValue("Spoke to the registered manager"));
                plan.etagSource = () -> itemVersionOfReview();
            }
            case "POST reviews/{reference}/submission" ->
                    plan.etagSource = () -> Api.get(OFFICER, "reviews/" + review).expect(200).etag();
            case "POST reviews/{reference}/items/{id}/decision" -> {
                plan.user = LEAD;
                plan.pathValues.put("reference", reviewToDecide);
                plan.pathValues.put("id", String.valueOf(itemToDecide));
                plan.overrides.put("approve", JsonValue.TRUE);
                plan.overrides.put("reason", Json.createValue("Agreed"));
                plan.overrides.put("cabinetDate", JsonValue.NULL);
                plan.overrides.put("cabinetMinute", JsonValue.NULL);
                plan.etagSource = () -> String.valueOf(Api.get(LEAD, "reviews/" + reviewToDecide).expect(200).json()
                        .getJsonArray("items").getJsonObject(0).getJsonNumber("version").longValue());
            }
            case "PUT deeds/{reference}/terms" -> {
                plan.user = LEGAL;
                plan.overrides.put("variedTerms", Json.createValue("The Provider shall hold a lone working policy."));
                plan.overrides.put("reason", Json.createValue("Newly required policy"));
                plan.etagSource = () -> Api.get(LEGAL, "deeds/" + deedToRevise).expect(200).etag();
            }
            case "POST deeds/{reference}/refusal" -> {
                plan.user = refusing.username();
                plan.pathValues.put("reference", deedToRefuse);
                plan.overrides.put("reason", Json.createValue("We are leaving the market"));
                plan.etagSource = () -> Api.get(LEGAL, "deeds/" + deedToRefuse).expect(200).etag();
            }
            case "POST deeds/{reference}/provider-signature" -> {
                plan.user = signing.username();
                plan.pathValues.put("reference", deedToSign);
                plan.overrides.put("signatory", Json.createValue("Ruth Evans"));
                plan.overrides.put("digest", Json.createValue(Api.get(LEGAL, "deeds/" + deedToSign).expect(200).json()
                        .getString("documentSha256")));
                plan.etagSource = () -> Api.get(LEGAL, "deeds/" + deedToSign).expect(200).etag();
            }
            case "POST deeds/{reference}/seal" -> {
                plan.user = LEGAL;
                plan.pathValues.put("reference", deedToSeal);
                plan.overrides.put("signatory", Json.createValue("Margaret Okafor"));
                plan.overrides.put("sealNumber", Json.createValue("BI/" + Api.unique()));
                plan.overrides.put("sealedOn", Json.createValue(TODAY.toString()));
                plan.overrides.put("digest", Json.createValue(Api.get(LEGAL, "deeds/" + deedToSeal).expect(200).json()
                        .getString("documentSha256")));
                plan.etagSource = () -> Api.get(LEGAL, "deeds/" + deedToSeal).expect(200).etag();
            }
            case "POST reviews/{reference}/completion" -> {
                plan.user = LEAD;
                plan.pathValues.put("reference", reviewToDecide);
                plan.etagSource = () -> Api.get(LEAD, "reviews/" + reviewToDecide).expect(200).etag();
            }
            default -> {
            }
        }
        if (NO_BASELINE.containsKey(plan.key)) {
            plan.shapeOnly = NO_BASELINE.get(plan.key);
        } else if (!plan.known && plan.shapeOnly == null && !plan.method.equals("GET")) {
            plan.shapeOnly = "not known to this test: no valid request of it can be made here";
        }
    }

    /** The version of the one item of the review under way, for an If-Match. */
    private static String itemVersionOfReview() {
        return String.valueOf(Api.get(OFFICER, "reviews/" + review).expect(200).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("version").longValue());
    }

    /** Values of fields whose valid value is semantic, by leaf name (a plan's own overrides, by path, come first). */
    private static JsonValue semanticValue(String leaf) {
        return switch (leaf) {
            case "dpsReference" -> Json.createValue(Fixtures.OPEN_DPS);
            case "regime" -> Json.createValue("PA_2023_DYNAMIC_MARKET");
            case "termStart" -> Json.createValue(TODAY.minusMonths(1).toString());
            case "termEnd" -> Json.createValue(TODAY.plusYears(3).toString());
            case "extensionOptions" -> Json.createValue(0);
            case "extensionMonths" -> Json.createValue(12);
            case "evaluationWorkingDays" -> Json.createValue(15);
            case "extendedEvaluationWorkingDays" -> JsonValue.NULL;
            case "careSetting" -> Json.createValue("RESIDENTIAL");
            case "careCategory" -> Json.createValue("OLDER_PEOPLE");
            case "minimumRating" -> Json.createValue("GOOD");
            case "maxProviders" -> Json.createValue(10);
            case "zone" -> Json.createValue("North");
            case "lotIds" -> Json.createArrayBuilder().add(r1).build();
            case "lotId" -> Json.createValue(r1);
            case "outcome" -> Json.createValue("ADMIT");
            case "insurer" -> Json.createValue("Northern Mutual");
            case "policyNumber" -> Json.createValue("NM-1");
            case "employersLiabilityCover" -> Json.createValue(10_000_000);
            case "publicLiabilityCover" -> Json.createValue(5_000_000);
            case "insuranceExpiresOn" -> Json.createValue(TODAY.plusYears(1).toString());
            case "rating" -> Json.createValue("GOOD");
            case "ratingDate" -> Json.createValue(TODAY.minusDays(3).toString());
            case "postcode" -> Json.createValue("BL9 0EJ");
            case "companyNumber" -> Json.createValue("12345678");
            case "contactEmail" -> Json.createValue("bad-input@example.org");
            case "contactPhone" -> Json.createValue("0161 555 0199");
            case "password" -> Json.createValue(Api.PASSWORD);
            case "liftingNeedsLead", "admitInadequateSuspended" -> JsonValue.FALSE;
            case "personReference" -> Json.createValue("BI-PERSON-1");
            case "startDate", "earliestStart" -> Json.createValue(TODAY.plusDays(7).toString());
            case "urgency" -> Json.createValue("ROUTINE");
            case "weeklyBudget" -> Json.createValue(950);
            case "weeklyPrice" -> Json.createValue(new java.math.BigDecimal("812.50"));
            case "weeklyHours" -> Json.createValue(new java.math.BigDecimal("10.5"));
            case "hourlyRate" -> Json.createValue(new java.math.BigDecimal("24.50"));
            case "onDutyMinutes" -> Json.createValue(60);
            case "partnerMinutes" -> Json.createValue(30);
            case "openMinutes" -> Json.createValue(120);
            case "endDate" -> Json.createValue(TODAY.plusDays(60).toString());
            case "places" -> Json.createValue(3);
            case "weeklyRate" -> Json.createValue(new java.math.BigDecimal("950.00"));
            case "fromDate" -> Json.createValue(TODAY.plusDays(12).toString());
            case "toDate" -> Json.createValue(TODAY.plusDays(14).toString());
            case "lastDay" -> Json.createValue(TODAY.plusDays(15).toString());
            case "title" -> Json.createValue("Respite beds");
            case "week" -> Json.createValue(TODAY.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                    .toString());
            case "offerDeadline" -> Json.createValue(java.time.Instant.now().plus(java.time.Duration.ofHours(3))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            default -> null;
        };
    }

    /** One criterion of each kind, the question first (so that answers[0].text is the text that counts). */
    private static final String CRITERIA = """
            [{"kind": "QUESTION", "text": "How will you keep the person connected?", "weight": 10},
             {"kind": "MUST_HAVE", "text": "Ground-floor room"},
             {"kind": "CAPABILITY", "text": "Dementia-trained staff", "weight": 20}]""";
    private static final String VALID_ANSWERS = """
            [{"text": "Weekly video calls"}, {"meets": true}, {"capability": "FULLY"}]""";

    /** A criteria template of R1 with {@link #CRITERIA}. */
    private static long template(String name) {
        return Api.post(OFFICER, "criteria-templates", """
                {"lotId": %d, "name": "%s", "criteria": %s}
                """.formatted(r1, name, CRITERIA), null).expect(201).json().getJsonNumber("id").longValue();
    }

    /** A requirement in R1 with {@link #CRITERIA}, raised and, if asked, issued (to every location eligible there now). */
    private static String requirement(boolean issue) {
        var raised = Api.post(OFFICER, "requirements", """
                {"lotId": %d, "personReference": "BI-%s", "needs": "Ground floor", "postcode": "BL9 0EJ",
                 "startDate": "%s", "urgency": "ROUTINE", "weeklyBudget": 950, "offerDeadline": "%s", "criteria": %s}
                """.formatted(r1, Api.unique(), TODAY.plusDays(7), java.time.Instant.now().plus(java.time.Duration.ofHours(3))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS), CRITERIA), null).expect(201);
        String reference = raised.json().getString("reference");
        if (issue) {
            Api.post(OFFICER, "requirements/" + reference + "/issue", null, raised.etag()).expect(200);
        }
        return reference;
    }

    private static String carePackage(long zone) {
        return Api.post(OFFICER, "packages", """
                {"lotId": %d, "personReference": "BI-%s", "postcode": "BL9 0EJ", "startDate": "%s", "urgency": "ROUTINE",
                 "weeklyHours": 10, "hourlyRate": 24.50}
                """.formatted(zone, Api.unique(), TODAY.plusDays(2)), null).expect(201).json().getString("reference");
    }

    /** The provider's open offer of the package, once the cascade (asynchronous) has made it. */
    private static long openOffer(String provider, String reference) {
        for (int tries = 0; tries < 90; tries++) {
            var found = Api.get(provider, "package-offers").expect(200).array().stream().map(JsonObject.class::cast)
                    .filter(o -> o.getString("packageReference").equals(reference) && o.getBoolean("open")).findFirst();
            if (found.isPresent()) {
                return found.get().getJsonNumber("offerId").longValue();
            }
            Api.sleep(500);
        }
        throw new AssertionError("No offer of " + reference + " reached " + provider);
    }

    private static JsonObject lotOfDraftDps(String user) {
        return Api.get(user, "dps/" + draftDps).expect(200).json().getJsonArray("lots").stream()
                .map(JsonObject.class::cast).filter(l -> l.getJsonNumber("id").longValue() == draftDpsLot)
                .findFirst().orElseThrow();
    }

    /** The plan's valid body (and its ETag, if it needs one). */
    private void prepare(Plan plan, JsonObject document) {
        configure(plan);
        if (plan.overlay == null && plan.method.equals("PUT") && plan.bodyKind == BodyKind.JSON_OBJECT
                && plan.shapeOnly == null) {
            // A change of a resource that can be read: start from what it is now.
            String path = fill(plan.template, plan.pathValues);
            String user = plan.user;
            plan.overlay = () -> {
                var current = Api.get(user, path);
                try {
                    return current.status() == 200 ? current.json() : null;
                } catch (RuntimeException e) {
                    return null; // not a JSON object: nothing to start from
                }
            };
        }
        switch (plan.bodyKind) {
            case JSON_OBJECT -> {
                JsonValue body = BadValues.baseline(plan.bodySchema, document, TODAY, (path, leaf) -> {
                    JsonValue own = plan.overrides.get(path);
                    return own != null ? own : semanticValue(leaf);
                });
                JsonObject current = plan.overlay == null ? null : plan.overlay.get();
                if (current != null) {
                    JsonObject resolved = BadValues.resolve(plan.bodySchema, document);
                    for (String name : BadValues.properties(resolved)) {
                        if (current.containsKey(name) && !plan.overrides.containsKey(name)) {
                            body = BadValues.set(body, List.of(name), current.get(name));
                        }
                    }
                }
                plan.baselineJson = body;
                plan.body = body.toString().getBytes(StandardCharsets.UTF_8);
            }
            case RAW_JSON -> {
                if (plan.rawBaseline == null && plan.shapeOnly == null) {
                    plan.shapeOnly = "its JSON body is not an object of the document's schemas; no valid one is known";
                }
                plan.body = (plan.rawBaseline == null ? "[]" : plan.rawBaseline).getBytes(StandardCharsets.UTF_8);
            }
            case BINARY -> plan.body = Api.pdf();
            case NONE -> plan.body = null;
        }
        refreshETag(plan);
    }

    private void refreshETag(Plan plan) {
        refreshETag(plan, true);
    }

    /** Reads the ETag the plan's If-Match sends; without one, its cases are shape-only (if markShapeOnly). */
    private void refreshETag(Plan plan, boolean markShapeOnly) {
        if (!plan.ifMatch) {
            return;
        }
        try {
            plan.etag = plan.etagSource != null ? plan.etagSource.get() : readableETag(plan);
        } catch (RuntimeException | AssertionError e) {
            plan.etag = null;
        }
        if (plan.etag == null && plan.shapeOnly == null && markShapeOnly) {
            plan.shapeOnly = "no ETag found for its If-Match";
        }
    }

    /** The ETag of the nearest readable resource above the operation's path (applications/X for applications/X/submission). */
    private static String readableETag(Plan plan) {
        String template = plan.template;
        while (!template.isEmpty()) {
            if (!template.equals(plan.template) || plan.method.equals("PUT")) {
                var reply = Api.get(plan.user == null ? OFFICER : plan.user, fill(template, plan.pathValues));
                if (reply.status() == 200 && reply.etag() != null) {
                    return reply.etag();
                }
            }
            int slash = template.lastIndexOf('/');
            template = slash < 0 ? "" : template.substring(0, slash);
        }
        return null;
    }

    // --- the bad requests ----------------------------------------------------------------------------

    private List<Case> cases(Plan plan, JsonObject document) {
        var cases = new ArrayList<Case>();
        String ifMatch = plan.ifMatchHeader();
        for (String name : plan.pathParams.keySet()) {
            for (String bad : BadValues.forPath()) {
                var values = new LinkedHashMap<>(plan.pathValues);
                values.put(name, bad);
                cases.add(new Case(plan, "path", "{" + name + "}", BadValues.show(bad), values, plan.query, ifMatch,
                        plan.body, plan.contentType, Set.of(400, 404), null));
            }
        }
        plan.queryParams.forEach((name, schema) -> {
            for (String bad : BadValues.forQuery(schema, ENUM_LIKE_QUERY.contains(name))) {
                var query = new LinkedHashMap<>(plan.query);
                query.put(name, bad);
                cases.add(new Case(plan, "query", name, bad, plan.pathValues, query, ifMatch, plan.body,
                        plan.contentType, Set.of(400), null));
            }
        });
        if (plan.ifMatch) {
            cases.add(new Case(plan, "header", "If-Match", "(missing)", plan.pathValues, plan.query, null, plan.body,
                    plan.contentType, Set.of(428), null));
            if (plan.shapeOnly == null) {
                cases.add(new Case(plan, "header", "If-Match", "\"999999\" (stale)", plan.pathValues, plan.query,
                        "\"999999\"", plan.body, plan.contentType, Set.of(412), null));
            }
            cases.add(new Case(plan, "header", "If-Match", "abc (not an ETag)", plan.pathValues, plan.query, "abc",
                    plan.body, plan.contentType, Set.of(400, 412), null));
        }
        boolean emptyAllowed = Boolean.FALSE.equals(plan.bodyRequired) || OPTIONAL_BODY.contains(plan.key);
        switch (plan.bodyKind) {
            case JSON_OBJECT -> {
                cases.add(whole(plan, "malformed JSON", "{", "application/json", Set.of()));
                cases.add(whole(plan, "a JSON array instead of an object", "[" + plan.baselineJson + "]",
                        "application/json", Set.of()));
                if (!emptyAllowed) {
                    cases.add(whole(plan, "empty body", "", "application/json", Set.of()));
                }
                cases.add(whole(plan, "Content-Type text/plain", null, "text/plain", Set.of(415)));
                for (var field : BadValues.fieldCases(plan.bodySchema, document)) {
                    byte[] body = BadValues.set(plan.baselineJson, field.path(), field.value()).toString()
                            .getBytes(StandardCharsets.UTF_8);
                    cases.add(new Case(plan, "body", field.field(), field.label(), plan.pathValues, plan.query, ifMatch,
                            body, plan.contentType, Set.of(400), field.leaf()));
                }
            }
            case RAW_JSON -> {
                cases.add(whole(plan, "malformed JSON", "{", "application/json", Set.of()));
                cases.add(whole(plan, "a JSON number instead of the document", "42", "application/json", Set.of()));
                if (!emptyAllowed) {
                    cases.add(whole(plan, "empty body", "", "application/json", Set.of()));
                }
                cases.add(whole(plan, "Content-Type text/plain", null, "text/plain", Set.of(415)));
            }
            case BINARY -> {
                if (!emptyAllowed) {
                    cases.add(new Case(plan, "body", "(whole body)", "empty file", plan.pathValues, plan.query,
                            ifMatch, new byte[0], plan.contentType, Set.of(), null));
                }
                cases.add(whole(plan, "Content-Type text/plain", "hello", "text/plain", Set.of(415)));
            }
            case NONE -> {
            }
        }
        return cases;
    }

    /** A case on the whole body; null text means the valid body (with another Content-Type). */
    private static Case whole(Plan plan, String what, String text, String contentType, Set<Integer> expected) {
        byte[] body = text == null ? plan.body : text.getBytes(StandardCharsets.UTF_8);
        return new Case(plan, "body", "(whole body)", what, plan.pathValues, plan.query, plan.ifMatchHeader(), body,
                contentType, expected, null);
    }

    private void run(Plan plan, List<Case> cases, ExecutorService pool) throws Exception {
        if (cases.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        // The previous operation's "after" is this one's "before": only reads happened in between.
        String before = lastFingerprint != null ? lastFingerprint : fingerprint();
        if (FINGERPRINT_EACH_CASE) {
            for (Case c : cases) {
                execute(c);
                String after = fingerprint();
                compare(plan, before, after, c.kind() + " " + c.target() + " = " + c.value());
                before = after;
            }
            lastFingerprint = before;
        } else {
            var calls = cases.stream().<Callable<Void>>map(c -> () -> {
                execute(c);
                return null;
            }).toList();
            for (Future<Void> done : pool.invokeAll(calls)) {
                done.get();
            }
            String after = fingerprint();
            compare(plan, before, after, cases.size() + " cases");
            lastFingerprint = after;
        }
        plan.millis = (System.nanoTime() - started) / 1_000_000;
    }

    private void execute(Case c) {
        Plan plan = c.plan();
        plan.cases.incrementAndGet();
        total.incrementAndGet();
        if (plan.shapeOnly != null) {
            shapeOnlyCases.incrementAndGet();
        }
        Api.Reply reply;
        try {
            reply = send(plan, c.pathValues(), c.query(), c.ifMatch(), c.body(), c.contentType());
        } catch (RuntimeException first) {
            try { // once more: a kept-alive connection the server had closed gives no answer too
                reply = send(plan, c.pathValues(), c.query(), c.ifMatch(), c.body(), c.contentType());
            } catch (RuntimeException e) {
                fail(c, -1, List.of("no HTTP answer: " + e.getCause()), "");
                return;
            }
        }
        plan.answers.merge(reply.status(), 1, Integer::sum);
        var reasons = judge(c, reply);
        if (!reasons.isEmpty()) {
            fail(c, reply.status(), reasons, reply.body());
        }
    }

    private static List<String> judge(Case c, Api.Reply reply) {
        var reasons = new ArrayList<String>();
        int status = reply.status();
        if (status >= 200 && status < 300) {
            reasons.add("wrong acceptance: a bad value got " + status);
            return reasons;
        }
        if (status >= 500) {
            reasons.add("server error");
        } else if (status < 400) {
            reasons.add("not a 4xx answer");
        } else if (!c.expected().isEmpty() && !c.expected().contains(status)) {
            reasons.add("wrong status");
        }
        String body = reply.body() == null ? "" : reply.body();
        reasons.addAll(leaks(body));
        String contentType = reply.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            reasons.add("Content-Type " + contentType + ", not application/problem+json");
        }
        JsonObject problem;
        try {
            problem = reply.json();
        } catch (RuntimeException e) {
            reasons.add("body is not a JSON object");
            return reasons;
        }
        if (!(problem.get("type") instanceof JsonString type && type.getString().startsWith(PROBLEM_PREFIX))) {
            reasons.add("type " + problem.get("type") + " does not start with " + PROBLEM_PREFIX);
        }
        if (!(problem.get("title") instanceof JsonString title && !title.getString().isBlank())) {
            reasons.add("no title");
        }
        if (!(problem.get("status") instanceof JsonNumber number && number.intValue() == status)) {
            reasons.add("status " + problem.get("status") + " is not the HTTP status");
        }
        JsonValue errors = problem.get("errors");
        if (errors instanceof JsonArray list) {
            for (JsonValue error : list) {
                if (!(error instanceof JsonObject e && e.get("field") instanceof JsonString
                        && e.get("message") instanceof JsonString)) {
                    reasons.add("an entry of errors lacks field or message: " + BadValues.show(error));
                    break;
                }
            }
        }
        if (c.leaf() != null && status == 400) {
            var fields = errors instanceof JsonArray list ? list.stream().filter(JsonObject.class::isInstance)
                    .map(JsonObject.class::cast).filter(e -> e.get("field") instanceof JsonString)
                    .map(e -> e.getString("field")).toList() : List.<String>of();
            if (fields.stream().noneMatch(f -> BadValues.fieldNames(f, c.leaf()))) {
                reasons.add("errors has no entry whose field ends with " + c.leaf() + " (fields: " + fields + ")");
            }
        }
        return reasons;
    }

    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|io|sun|jdk|uk\\.council)\\.[a-z_][\\w$]*(?:\\.[\\w$]+)+");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$]+\\.[\\w$.]+\\(|\\.java:\\d+|\\b[A-Z]\\w*(?:Exception|Error)\\b");

    /** Internals an answer must not show: RESTEasy's own messages, Java class names, stack traces. */
    static List<String> leaks(String body) {
        var leaks = new ArrayList<String>();
        if (body.toLowerCase(Locale.ROOT).contains("resteasy")) {
            leaks.add("body mentions RESTEasy");
        }
        Matcher name = JAVA_NAME.matcher(body);
        if (name.find()) {
            leaks.add("body shows a Java class name (" + name.group() + ")");
        }
        Matcher trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            leaks.add("body shows an exception or stack trace (" + trace.group() + ")");
        }
        return leaks;
    }

    private void fail(Case c, int status, List<String> reasons, String body) {
        c.plan().failures.incrementAndGet();
        String excerpt = body == null ? "" : body.replaceAll("\\s+", " ");
        failures.add(new Failure(c.plan().key + " as " + (c.plan().user == null ? "(nobody)" : c.plan().user),
                c.kind(), c.target(), c.value(), c.expected().isEmpty() ? "4xx" : c.expected().toString(), status,
                String.join("; ", reasons), excerpt.length() > 300 ? excerpt.substring(0, 300) + "..." : excerpt));
    }

    // --- nothing changes ------------------------------------------------------------------------------

    private String fingerprint() {
        if (!fingerprints) {
            return null;
        }
        var reply = Api.get(ADMIN, "test-data/fingerprint");
        if (reply.status() != 200) {
            fingerprints = false;
            failures.add(new Failure("GET test-data/fingerprint as admin", "setup", "fingerprint", "", "200",
                    reply.status(), "no fingerprint of the database: the 'nothing changes' checks did not run",
                    BadValues.show(reply.body())));
            return null;
        }
        return reply.json().getString("fingerprint");
    }

    private void compare(Plan plan, String before, String after, String what) {
        if (before == null || after == null || before.equals(after)) {
            return;
        }
        String difference = difference(before, after);
        fingerprintChanges.add(plan.key + " (" + what + "): " + difference);
        plan.failures.incrementAndGet();
        failures.add(new Failure(plan.key + " as " + plan.user, "database", "fingerprint", what, "unchanged", 0,
                "the database changed while its bad requests ran: " + difference, ""));
    }

    /** Which parts of two fingerprints differ, where they read as {table=figures, ...}. */
    static String difference(String before, String after) {
        Map<String, String> b = parts(before);
        Map<String, String> a = parts(after);
        if (b.isEmpty() || a.isEmpty()) {
            return BadValues.show(before) + " -> " + BadValues.show(after);
        }
        var changed = new ArrayList<String>();
        var keys = new java.util.TreeSet<>(b.keySet());
        keys.addAll(a.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(b.get(key), a.get(key))) {
                changed.add(key + " " + b.get(key) + " -> " + a.get(key));
            }
        }
        return String.join(", ", changed);
    }

    private static Map<String, String> parts(String fingerprint) {
        var parts = new TreeMap<String, String>();
        String text = fingerprint.trim();
        if (!text.startsWith("{") || !text.endsWith("}")) {
            return parts;
        }
        for (String part : text.substring(1, text.length() - 1).split(",\\s*")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
            }
        }
        return parts;
    }

    /** Waits until the work the fixtures started (process steps, notifications) has settled. */
    private void awaitQuietDatabase() {
        String previous = fingerprint();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (previous != null && System.nanoTime() < deadline) {
            Api.sleep(700);
            String now = fingerprint();
            if (previous.equals(now)) {
                lastFingerprint = now;
                return;
            }
            previous = now;
        }
    }

    // --- the valid requests, at the end ---------------------------------------------------------------

    private void runBaselines(List<Plan> plans) {
        var byKey = plans.stream().collect(Collectors.toMap(p -> p.key, p -> p));
        var order = new ArrayList<Plan>();
        plans.stream().filter(p -> p.method.equals("GET")).forEach(order::add);
        HAPPY_ORDER.stream().map(byKey::get).filter(java.util.Objects::nonNull).forEach(order::add);
        for (Plan plan : order) {
            if (plan.cases.get() == 0 || (plan.shapeOnly != null && !plan.method.equals("GET"))) {
                continue;
            }
            refreshETag(plan, false);
            Api.Reply reply;
            try {
                reply = send(plan, plan.pathValues, plan.query, plan.ifMatchHeader(), plan.body, plan.contentType);
            } catch (RuntimeException e) {
                plan.baselineStatus = -1;
                plan.baselineAnswer = "no answer: " + e.getCause();
                if (plan.shapeOnly == null && plan.known) {
                    plan.failures.incrementAndGet();
                    failures.add(new Failure(plan.key + " as " + plan.user, "baseline", "(valid request)", "", "2xx",
                            -1, "the valid request got no answer", plan.baselineAnswer));
                }
                continue;
            }
            plan.baselineStatus = reply.status();
            String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ");
            plan.baselineAnswer = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            boolean accepted = reply.status() >= 200 && reply.status() < 300;
            if (accepted) {
                if (plan.shapeOnly != null) {
                    // A GET this test did not know, whose generic values turned out valid.
                    shapeOnlyCases.addAndGet(-plan.cases.get());
                    plan.shapeOnly = null;
                }
            } else if (plan.shapeOnly == null && plan.known) {
                plan.failures.incrementAndGet();
                failures.add(new Failure(plan.key + " as " + plan.user, "baseline", "(valid request)", "", "2xx",
                        reply.status(), "the valid request was refused, so its cases do not show that the bad "
                                + "value was the reason", plan.baselineAnswer));
            } else if (plan.shapeOnly == null) {
                plan.shapeOnly = "its valid request (generic values) was refused with " + reply.status();
                shapeOnlyCases.addAndGet(plan.cases.get());
            }
        }
    }

    // --- HTTP and the report ---------------------------------------------------------------------------

    private static Api.Reply send(Plan plan, Map<String, String> pathValues, Map<String, String> query, String ifMatch,
            byte[] body, String contentType) {
        String path = fill(plan.template, pathValues) + query(query);
        HttpRequest.Builder request = Api.request(plan.user, path);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(plan.method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return Api.send(request);
    }

    static String fill(String template, Map<String, String> values) {
        String path = template;
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()).replace("+", "%20"));
        }
        return path;
    }

    private static String query(Map<String, String> query) {
        return query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String report(List<Plan> plans, double setup, double badCases, double baselines, double all) {
        var out = new StringBuilder();
        out.append("Bad input, generated from ").append(Api.BASE.replaceFirst("dps/?$", "")).append("openapi?format=JSON\n");
        out.append("Cases: ").append(total.get()).append(" (").append(total.get() - shapeOnlyCases.get())
                .append(" on operations with a valid baseline, ").append(shapeOnlyCases.get()).append(" shape-only)\n");
        out.append("Failures: ").append(failures.size()).append('\n');
        out.append("Fingerprint of the database: ").append(!fingerprints ? "NOT AVAILABLE"
                : FINGERPRINT_EACH_CASE ? "before and after every case" : "before and after each operation's cases")
                .append("; changes seen: ").append(fingerprintChanges.size()).append('\n');
        out.append("Time: fixtures %.1f s, reading the document and the baselines %.1f s, bad cases %.1f s, valid requests %.1f s; test %.1f s (%d threads)%n"
                .formatted(fixtureSeconds, setup, badCases, baselines, all, THREADS));
        out.append("\nPer operation (cases, failures, answers to the bad cases, the valid request's answer at the end):\n");
        for (Plan plan : plans) {
            out.append("  %-62s %-10s %4d cases %3d failures  %-34s valid request: %s%n".formatted(plan.key,
                    plan.user == null ? "(nobody)" : plan.user.length() > 10 ? plan.user.substring(0, 10) : plan.user,
                    plan.cases.get(), plan.failures.get(), answers(plan),
                    plan.shapeOnly != null ? "SHAPE-ONLY" : plan.baselineStatus == null ? "(not sent)"
                            : String.valueOf(plan.baselineStatus)));
        }
        out.append("\nShape-only operations (no valid request could be made; their cases check type and shape only):\n");
        plans.stream().filter(p -> p.shapeOnly != null)
                .forEach(p -> out.append("  ").append(p.key).append(": ").append(p.shapeOnly).append('\n'));
        out.append("\nOperations without parameters or body (nothing to send them):\n");
        plans.stream().filter(p -> p.cases.get() == 0).forEach(p -> out.append("  ").append(p.key).append('\n'));
        out.append("\nLeft out:\n");
        skipped.forEach(s -> out.append("  ").append(s).append('\n'));
        if (!fingerprintChanges.isEmpty()) {
            out.append("\nDatabase changes during bad requests:\n");
            fingerprintChanges.forEach(c -> out.append("  ").append(c).append('\n'));
        }
        out.append("\nFailures:\n");
        synchronized (failures) {
            failures.stream().sorted((x, y) -> x.operation().compareTo(y.operation()))
                    .forEach(f -> out.append("  ").append(f.line()).append('\n'));
        }
        return out.toString();
    }

    private static String answers(Plan plan) {
        synchronized (plan.answers) {
            return plan.answers.entrySet().stream().map(e -> e.getKey() + "x" + e.getValue())
                    .collect(Collectors.joining(" "));
        }
    }
}
