package uk.council.procurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.ContractFixtures;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * Deeds of extension through the API: the provider signs the document whose digest it read (a stale
 * digest after legal's revision is refused), legal seals it with the council's certificate; the
 * contract's expiry changes only with the seal, and not at all when the seal is refused; the sealed
 * PDF verifies with PDFBox and Bouncy Castle here, and fails once a byte changes; a provider that
 * refuses keeps its end date.
 */
class DeedIT extends ServerTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static byte[] pdf(String user, String path) {
        try {
            var response = HTTP.send(Api.request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static List<String> actions(String path) {
        return get("officer", path).expect(200).array().stream().map(JsonObject.class::cast)
                .map(h -> h.getString("action")).toList();
    }

    private static String seal(String number, String digest) {
        return """
                {"signatory": "Margaret Okafor", "sealNumber": "%s", "sealedOn": "%s", "digest": "%s"}
                """.formatted(number, TODAY, digest);
    }

    @Test
    void theProviderSignsWhatItReadThenLegalSealsAndOnlyThenTheExpiryChanges() throws Exception {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        var other = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        String deed = ContractFixtures.deedFor(provider, "9139875");
        var read = get(provider.username(), "deeds/" + deed).expect(200);
        var view = read.json();
        String contract = view.getString("contractReference");
        LocalDate expiry = TODAY.plusMonths(5);
        LocalDate extended = expiry.plusDays(1).plusMonths(12).minusDays(1);
        assertThat(view.getString("status")).isEqualTo("AWAITING_PROVIDER");
        assertThat(view.getString("oldExpiry")).isEqualTo(expiry.toString());
        assertThat(view.getString("newExpiry")).isEqualTo(extended.toString());
        assertThat(view.getJsonNumber("projectedCost").bigDecimalValue()).isEqualByComparingTo("9893001");

        // Only the provider's own deed; the list holds only its own.
        get(other.username(), "deeds/" + deed).expect(404);
        assertThat(get(other.username(), "deeds").expect(200).json().getJsonArray("rows")).isEmpty();
        Api.send(Api.request(other.username(), "deeds/" + deed + "/document").GET()).expect(404);
        get(provider.username(), "deeds/" + deed + "/history").expect(403);

        // The document: its bytes are what the digest names, and they carry the terms.
        byte[] first = pdf(provider.username(), "deeds/" + deed + "/document");
        assertThat(sha256(first)).isEqualTo(view.getString("documentSha256"));
        try (var doc = Loader.loadPDF(first)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("DEED OF EXTENSION").contains(provider.name()).contains(contract)
                    .contains(uk.council.procurement.platform.UkFormat.date(extended)).contains("£9,893,001");
        }

        // Legal varies the terms: a new document, so the digest the provider read is stale.
        put("legal", "deeds/" + deed + "/terms", "{\"variedTerms\": \"The Provider shall hold a lone working policy.\"}",
                read.etag()).expect(400).bodyContains("reason");
        put("officer", "deeds/" + deed + "/terms", "{\"variedTerms\": \"x\", \"reason\": \"Because\"}", read.etag())
                .expect(403);
        var revised = put("legal", "deeds/" + deed + "/terms", """
                {"variedTerms": "The Provider shall hold a lone working policy.", "reason": "Newly required policy"}
                """, read.etag()).expect(200);
        String digest = revised.json().getString("documentSha256");
        assertThat(digest).isNotEqualTo(view.getString("documentSha256"));
        assertThat(revised.json().getInt("revision")).isEqualTo(2);
        post(provider.username(), "deeds/" + deed + "/provider-signature", """
                {"signatory": "Ruth Ellis", "digest": "%s"}""".formatted(view.getString("documentSha256")),
                revised.etag()).expect(409).bodyContains("is not deed " + deed + "'s current document");
        post(provider.username(), "deeds/" + deed + "/provider-signature", """
                {"signatory": "Ruth Ellis", "digest": "not-a-digest"}""", revised.etag()).expect(400);
        post(provider.username(), "deeds/" + deed + "/provider-signature", """
                {"signatory": "", "digest": "%s"}""".formatted(digest), revised.etag()).expect(400).bodyContains("signatory");
        post("officer", "deeds/" + deed + "/provider-signature", """
                {"signatory": "Ruth Ellis", "digest": "%s"}""".formatted(digest), revised.etag()).expect(403);
        post(other.username(), "deeds/" + deed + "/provider-signature", """
                {"signatory": "Ruth Ellis", "digest": "%s"}""".formatted(digest), revised.etag()).expect(404);
        assertThat(get("legal", "tasks?text=" + deed).expect(200).body()).as("nothing for legal yet").doesNotContain(deed);
        // legal cannot seal before the provider has signed
        post("legal", "deeds/" + deed + "/seal", seal("IT/" + Api.unique(), digest), revised.etag()).expect(409);
        var signed = post(provider.username(), "deeds/" + deed + "/provider-signature", """
                {"signatory": "Ruth Ellis", "digest": "%s"}""".formatted(digest), revised.etag()).expect(200);
        assertThat(signed.json().getString("status")).isEqualTo("AWAITING_SEAL");
        assertThat(signed.json().getString("providerSignedSha256")).isEqualTo(digest);
        assertThat(signed.json().getString("providerSignedBy")).isEqualTo(provider.username());
        // now in legal's queue of the shared inbox, due on the deadline
        assertThat(get("legal", "tasks?text=" + deed).expect(200).body()).contains(deed).contains("Sign and seal");
        put("legal", "deeds/" + deed + "/terms", "{\"variedTerms\": \"x\", \"reason\": \"Too late now\"}", signed.etag())
                .expect(409);
        assertThat(get("officer", "contracts/" + contract).expect(200).json().getString("currentExpiry"))
                .as("one signature does not extend").isEqualTo(expiry.toString());

        // Legal's seal: bad input and a stale digest are refused and change nothing.
        String number = "IT/" + Api.unique();
        post("lead", "deeds/" + deed + "/seal", seal(number, digest), signed.etag()).expect(403);
        post("legal", "deeds/" + deed + "/seal", seal(number, view.getString("documentSha256")), signed.etag())
                .expect(409);
        post("legal", "deeds/" + deed + "/seal", seal("<script>", digest), signed.etag()).expect(400)
                .bodyContains("sealNumber");
        post("legal", "deeds/" + deed + "/seal", seal(number, digest).replace(TODAY.toString(),
                TODAY.plusDays(1).toString()), signed.etag()).expect(400).bodyContains("future");
        post("legal", "deeds/" + deed + "/seal", seal(number, digest), null).expect(428);

        // Atomic: a seal the contract's terms no longer allow leaves the deed, the file and the contract as they were.
        var contractRead = get("officer", "contracts/" + contract).expect(200);
        var corrected = put("officer", "contracts/" + contract, """
                {"title": "Care at home", "commencement": "%s", "expiry": "%s", "longestExtensionMonths": 24,
                 "extensionsAllowed": 2, "longestTotalMonths": 30, "noticeMonths": 3, "rate": 19.85,
                 "rateUnit": "PER_HOUR", "annualSpend": 9139875, "reason": "Total term corrected to the signed 30 months"}
                """.formatted(TODAY.minusYears(2), expiry), contractRead.etag()).expect(200);
        post("legal", "deeds/" + deed + "/seal", seal(number, digest), signed.etag()).expect(422)
                .bodyContains("longest total term");
        var unchanged = get("legal", "deeds/" + deed).expect(200).json();
        assertThat(unchanged.getString("status")).isEqualTo("AWAITING_SEAL");
        assertThat(unchanged.containsKey("sealNumber")).isFalse();
        Api.send(Api.request("legal", "deeds/" + deed + "/sealed").GET()).expect(404);
        assertThat(get("officer", "contracts/" + contract).expect(200).json().getString("currentExpiry"))
                .isEqualTo(expiry.toString());
        assertThat(actions("contracts/" + contract + "/history")).doesNotContain("EXTENDED");
        put("officer", "contracts/" + contract, """
                {"title": "Care at home", "commencement": "%s", "expiry": "%s", "longestExtensionMonths": 24,
                 "extensionsAllowed": 2, "longestTotalMonths": 60, "noticeMonths": 3, "rate": 19.85,
                 "rateUnit": "PER_HOUR", "annualSpend": 9139875, "reason": "Back to the signed 60 months"}
                """.formatted(TODAY.minusYears(2), expiry), corrected.etag()).expect(200);

        var sealed = post("legal", "deeds/" + deed + "/seal", seal(number, digest), signed.etag()).expect(200).json();
        assertThat(sealed.getString("status")).isEqualTo("SEALED");
        assertThat(sealed.getString("sealNumber")).isEqualTo(number);
        assertThat(sealed.getString("sealedSha256")).isEqualTo(digest);
        assertThat(sealed.getJsonArray("seals").getJsonObject(0).getBoolean("valid")).isTrue();
        var after = get("officer", "contracts/" + contract).expect(200).json();
        assertThat(after.getString("currentExpiry")).isEqualTo(extended.toString());
        assertThat(after.getInt("extensionsTaken")).isEqualTo(1);
        assertThat(actions("contracts/" + contract + "/history")).contains("DEED_SIGNED_BY_PROVIDER", "EXTENDED");
        assertThat(actions("deeds/" + deed + "/history")).containsSubsequence("PREPARED", "REVISED", "PROVIDER_SIGNED",
                "SEALED");
        post("legal", "deeds/" + deed + "/seal", seal(number + "B", digest), "\"" + sealed.getJsonNumber("version") + "\"")
                .expect(409);
        // the modification, for the transparency publication
        assertThat(get("officer", "transparency-events?requirement=" + deed).expect(200).body())
                .contains("MODIFICATION").contains("expiryAfter").contains(extended.toString()).contains(contract);

        // The sealed PDF verifies here, independently of the server, and no longer once a byte changes.
        byte[] sealedPdf = pdf(provider.username(), "deeds/" + deed + "/sealed");
        assertThat(sha256(sealedPdf)).isEqualTo(sealed.getString("sealedFileSha256"));
        byte[] signedDocument = pdf(provider.username(), "deeds/" + deed + "/document");
        assertThat(sha256(java.util.Arrays.copyOf(sealedPdf, signedDocument.length)))
                .as("the seal is an incremental update of the document signed").isEqualTo(digest);
        assertThat(verifies(sealedPdf)).isTrue();
        byte[] tampered = sealedPdf.clone();
        int at = indexOf(tampered, "\n%".getBytes()) + 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        assertThat(verifies(tampered)).isFalse();
    }

    @Test
    void aProviderThatRefusesKeepsItsEndDateAndTheLeadsAreTold() {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        String deed = ContractFixtures.deedFor(provider, "120000");
        var read = get(provider.username(), "deeds/" + deed).expect(200);
        String contract = read.json().getString("contractReference");
        post(provider.username(), "deeds/" + deed + "/refusal", "{\"reason\": \"\"}", read.etag()).expect(400);
        var refused = post(provider.username(), "deeds/" + deed + "/refusal",
                "{\"reason\": \"We are leaving the market\"}", read.etag()).expect(200).json();
        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        post(provider.username(), "deeds/" + deed + "/provider-signature", """
                {"signatory": "Ruth Ellis", "digest": "%s"}""".formatted(refused.getString("documentSha256")),
                "\"" + refused.getJsonNumber("version") + "\"").expect(409);
        assertThat(get("officer", "contracts/" + contract).expect(200).json().getString("currentExpiry"))
                .isEqualTo(TODAY.plusMonths(5).toString());
        assertThat(actions("contracts/" + contract + "/history")).contains("DEED_REFUSED");
        var told = get("lead", "notifications").expect(200).array().stream().map(JsonObject.class::cast)
                .map(n -> n.getString("message")).toList();
        assertThat(told).anyMatch(m -> m.contains(deed) && m.contains("refused"));
    }

    @Test
    void twoSealsAtOnceMakeOneExtension() throws Exception {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        String deed = ContractFixtures.deedFor(provider, "250000");
        var read = get(provider.username(), "deeds/" + deed).expect(200);
        String digest = read.json().getString("documentSha256");
        var signed = post(provider.username(), "deeds/" + deed + "/provider-signature", """
                {"signatory": "Ruth Ellis", "digest": "%s"}""".formatted(digest), read.etag()).expect(200);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> post("legal", "deeds/" + deed + "/seal", seal("AT/" + Api.unique(), digest),
                    signed.etag()).status());
            var second = pool.submit(() -> post("legal", "deeds/" + deed + "/seal", seal("AT/" + Api.unique(), digest),
                    signed.etag()).status());
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        var contract = get("officer", "contracts/" + signed.json().getString("contractReference")).expect(200).json();
        assertThat(contract.getInt("extensionsTaken")).isEqualTo(1);
        assertThat(contract.getString("currentExpiry")).isEqualTo(signed.json().getString("newExpiry"));
    }

    @Test
    void aDeedNotCompleteOnItsDeadlineIsEscalatedToLegalAndTheLeads() {
        // an agreement whose notice deadline is within days: its deed falls due almost at once
        LocalDate expiry = TODAY.plusMonths(3).plusDays(1);
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        String deed = ContractFixtures.deedFor(provider, "90000", expiry);
        var view = get("legal", "deeds/" + deed).expect(200).json();
        LocalDate dueOn = LocalDate.parse(view.getString("dueOn"));
        assertThat(dueOn).isEqualTo(expiry.minusMonths(3));
        var uk = java.time.ZoneId.of("Europe/London");
        java.time.Instant warnAt = dueOn.atTime(9, 0).atZone(uk).toInstant();
        java.time.Instant now = java.time.Instant.now();
        try {
            moveClockTo((warnAt.isAfter(now.plusSeconds(60)) ? warnAt : now.plusSeconds(60)).plusSeconds(30));
            for (int i = 0; i < 150 && !actions("deeds/" + deed + "/history").contains("DEADLINE_REACHED"); i++) {
                Api.sleep(200);
            }
        } finally {
            Api.send(Api.request("officer", "test-clock").DELETE()).expect(204);
        }
        assertThat(actions("deeds/" + deed + "/history")).containsOnlyOnce("DEADLINE_REACHED");
        for (String user : List.of("legal", "lead")) {
            assertThat(get(user, "notifications").expect(200).array().stream().map(JsonObject.class::cast)
                    .map(n -> n.getString("message"))).anyMatch(m -> m.startsWith("Deed " + deed) && m.contains(
                            "not complete on its deadline"));
        }
        // still open: the provider can sign and legal seal after the warning
        assertThat(get("legal", "deeds/" + deed).expect(200).json().getString("status")).isEqualTo("AWAITING_PROVIDER");
    }

    private static void moveClockTo(java.time.Instant now) {
        Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\": \"" + now + "\"}"))).expect(200);
    }

    /** PAdES checked as any reader does: the CMS signature over the byte ranges, by the certificate it carries. */
    private static boolean verifies(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            var signature = doc.getSignatureDictionaries().get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat((long) range[2] + range[3]).as("the seal covers the whole file").isEqualTo(pdf.length);
            ContentInfo info;
            try (var in = new ASN1InputStream(new ByteArrayInputStream(signature.getContents(pdf)))) {
                info = ContentInfo.getInstance(in.readObject());
            }
            var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
            var signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            assertThat(certificate.getSubject().toString()).contains("seal");
            try {
                return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (org.bouncycastle.cms.CMSException e) {
                return false;
            }
        }
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i < data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
