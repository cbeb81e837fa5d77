package uk.council.procurement.onboarding.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import uk.council.procurement.platform.InvalidInput;

class DocumentFormatTest {

    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    static byte[] zip(String... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void formatsAreRecognisedByTheirBytes() throws IOException {
        assertThat(DocumentFormat.of(PDF)).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1, 0})).contains(DocumentFormat.WORD_97);
        assertThat(DocumentFormat.of(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")))
                .contains(DocumentFormat.WORD);
        assertThat(DocumentFormat.of(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")))
                .contains(DocumentFormat.OPENDOCUMENT);
        // a spreadsheet package, a plain ZIP, an executable, text, nothing: none of them
        assertThat(DocumentFormat.of(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>"))).isEmpty();
        assertThat(DocumentFormat.of(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).isEmpty();
        assertThat(DocumentFormat.of(zip("setup.exe", "MZ"))).isEmpty();
        assertThat(DocumentFormat.of(EXE)).isEmpty();
        assertThat(DocumentFormat.of("hello".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentFormat.of(new byte[0])).isEmpty();
        assertThat(DocumentFormat.of(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
    }

    @Test
    void anExecutableDeclaredAsPdfIsRefused() {
        assertThatThrownBy(() -> document("setup.exe", "application/pdf", EXE)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not a PDF, Word or OpenDocument");
    }

    @Test
    void theDeclaredTypeAndTheExtensionMustNameTheContentsFormat() {
        assertThatThrownBy(() -> document("policy.pdf", "application/msword", PDF))
                .hasMessageContaining("sent as application/msword but its content is a PDF");
        assertThatThrownBy(() -> document("setup.exe", "application/pdf", PDF))
                .hasMessageContaining("must end in .pdf");
        assertThatThrownBy(() -> document("policy.docx", "application/octet-stream", PDF))
                .hasMessageContaining("must end in .pdf");
        var ok = document("Policy.PDF", "application/octet-stream", PDF);
        assertThat(ok.getContentType()).isEqualTo("application/pdf");
        assertThat(document(null, null, PDF).getFileName()).isEqualTo("safeguarding_policy.pdf");
    }

    private static ApplicationDocument document(String name, String type, byte[] content) {
        return new ApplicationDocument(null, DocumentKind.SAFEGUARDING_POLICY, name, type, content, "grace", Instant.now());
    }
}
