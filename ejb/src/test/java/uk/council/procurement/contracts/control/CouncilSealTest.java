package uk.council.procurement.contracts.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deed's PDF from its template, and the council's PAdES seal on it, with the real libraries. */
class CouncilSealTest {

    private static final Instant AT = Instant.parse("2024-07-10T11:00:00Z");
    private static CouncilSeal.Key key;

    @BeforeAll
    static void key() {
        key = CouncilSeal.selfSigned("Bury Council", AT);
    }

    static Map<String, String> values(String provider) {
        var values = new HashMap<String, String>();
        for (String name : new String[] {"council", "provider", "providerDetails", "contract", "dps", "dpsTitle",
                "commencement", "oldExpiry", "longestExtension", "extensionsAllowed", "latestEnd", "noticeMonths",
                "decision", "noticeGivenOn", "months", "newExpiry", "variedTerms", "projectedCost", "priceBasis", "deed",
                "revision", "generatedOn"}) {
            values.put(name, "[" + name + "]");
        }
        values.put("provider", provider);
        values.put("oldExpiry", "24/10/2024");
        values.put("newExpiry", "24/10/2025");
        return values;
    }

    @Test
    void theDeedCarriesItsTermsAndAnyProvidersName() throws Exception {
        byte[] pdf = DeedDocument.render(values("Łódź Care & Support Ltd \uD83D\uDE00"), "Deed DEED-2024-00001", "Bury Council");
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("DEED OF EXTENSION").contains("Łódź Care & Support Ltd ?")
                    .contains("from the day after 24/10/2024 until and including 24/10/2025");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Deed DEED-2024-00001");
        }
        assertThat(DeedDocument.sha256(pdf)).hasSize(64).isEqualTo(DeedDocument.sha256(pdf.clone()));
    }

    @Test
    void aPlaceholderWithoutAValueIsRefused() {
        var values = values("A");
        values.remove("newExpiry");
        assertThatThrownBy(() -> DeedDocument.render(values, "t", "a")).hasMessageContaining("{newExpiry}");
    }

    @Test
    void longTermsRunOntoMorePages() throws Exception {
        var values = values("A");
        values.put("variedTerms", "The Provider shall hold a safeguarding policy. ".repeat(85)
                + "x".repeat(300));
        byte[] pdf = DeedDocument.render(values, "t", "a");
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void theSealVerifiesAndLeavesTheSignedBytesAsTheyWere() {
        byte[] deed = DeedDocument.render(values("Bury East Home Care Ltd"), "Deed", "Bury Council");
        byte[] sealed = CouncilSeal.sign(deed, key, "Bury Council", "Sealed, register 2024/0147", "England", AT);

        assertThat(Arrays.copyOf(sealed, deed.length)).as("an incremental update keeps the original bytes")
                .isEqualTo(deed);
        var signatures = CouncilSeal.verify(sealed);
        assertThat(signatures).hasSize(1);
        var seal = signatures.get(0);
        assertThat(seal.valid()).isTrue();
        assertThat(seal.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(seal.signer()).contains("CN=Bury Council seal");
        assertThat(seal.reason()).contains("2024/0147");
        assertThat(seal.signedAt()).isEqualTo(AT);
        assertThat(CouncilSeal.verify(deed)).isEmpty();
    }

    @Test
    void changingOneSignedByteBreaksTheSeal() {
        byte[] deed = DeedDocument.render(values("Bury East Home Care Ltd"), "Deed", "Bury Council");
        byte[] sealed = CouncilSeal.sign(deed, key, "Bury Council", "Sealed", "England", AT);
        // a byte of the binary comment on the header's second line: inside the first signed range, and the
        // file still reads as a PDF (any other byte of the signed ranges breaks the seal the same way)
        int at = indexOf(sealed, "\n%".getBytes()) + 2;
        assertThat(sealed[at] & 0xff).isGreaterThanOrEqualTo(0x80);
        byte[] tampered = sealed.clone();
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        var seal = CouncilSeal.verify(tampered).get(0);
        assertThat(seal.intact()).isFalse();
        assertThat(seal.valid()).isFalse();
    }

    @Test
    void bytesAddedAfterTheSealAreNotCovered() {
        byte[] deed = DeedDocument.render(values("A"), "Deed", "Bury Council");
        byte[] sealed = CouncilSeal.sign(deed, key, "Bury Council", "Sealed", "England", AT);
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 10);
        Arrays.fill(longer, sealed.length, longer.length, (byte) ' ');
        var seal = CouncilSeal.verify(longer).get(0);
        assertThat(seal.intact()).isTrue();
        assertThat(seal.coversWholeFile()).isFalse();
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
