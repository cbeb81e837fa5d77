package uk.council.procurement.onboarding.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * The document formats an application accepts, recognised by their bytes, not by what the uploader
 * declares: PDF by its header, Word 97-2003 by the OLE2 compound-file signature, Word (.docx) as a
 * ZIP package with a word/document.xml part, OpenDocument text as a ZIP whose first entry names its
 * MIME type. The file name's extension must name the same format. (Hand-written because Apache
 * Tika's core alone tells a .docx only as "some ZIP"; its parser modules would bring dozens of jars
 * for four formats.)
 */
public enum DocumentFormat {

    PDF("application/pdf", "pdf"),
    WORD_97("application/msword", "doc"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    OPENDOCUMENT("application/vnd.oasis.opendocument.text", "odt");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Entries read at most when looking into a ZIP package (a .docx has about a dozen). */
    private static final int MAX_ENTRIES = 200;

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentFormat> ofMediaType(String type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    public static Optional<DocumentFormat> ofFileName(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.UK);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    /** The format the bytes are, if one of these. */
    public static Optional<DocumentFormat> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return Optional.of(WORD_97);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return zipPackage(content);
        }
        return Optional.empty();
    }

    /** An uploaded file that passed {@link #check}: its cleaned name and its format. */
    public record Checked(String fileName, DocumentFormat format) {
    }

    /**
     * The checks of an upload, refused field "file" with a message: not empty, at most maxBytes, a PDF,
     * Word or OpenDocument file by its bytes, the declared type (unless the generic
     * application/octet-stream) and the file name's extension both naming that format. A missing name
     * becomes {@code defaultBase} with the format's extension; characters no file system takes become "_".
     */
    public static Checked check(String fileName, String contentType, byte[] content, int maxBytes, String defaultBase) {
        if (content == null || content.length == 0) {
            throw new uk.council.procurement.platform.InvalidInput("file", "The file is empty");
        }
        if (content.length > maxBytes) {
            throw new uk.council.procurement.platform.InvalidInput("file", "The file is larger than "
                    + (maxBytes / (1024 * 1024)) + " MB");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.UK);
        var format = of(content).orElseThrow(() -> new uk.council.procurement.platform.InvalidInput("file",
                "The file is not a PDF, Word or OpenDocument document (its content is something else)"));
        String name = fileName == null || fileName.isBlank() ? defaultBase + "." + format.extension()
                : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        if (name.isEmpty() || name.length() > 255) {
            throw new uk.council.procurement.platform.InvalidInput("file", "The file needs a name of at most 255 characters");
        }
        if (!type.isEmpty() && !type.equals("application/octet-stream") && !type.equals(format.mediaType())) {
            throw new uk.council.procurement.platform.InvalidInput("file", "The file was sent as " + type
                    + " but its content is a " + format.extension().toUpperCase(Locale.UK) + " document");
        }
        if (ofFileName(name).orElse(null) != format) {
            throw new uk.council.procurement.platform.InvalidInput("file", "The file name must end in ." + format.extension()
                    + " for a " + format.extension().toUpperCase(Locale.UK) + " document (not " + name + ")");
        }
        return new Checked(name, format);
    }

    private static Optional<DocumentFormat> zipPackage(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            var first = zip.getNextEntry();
            if (first != null && first.getName().equals("mimetype")) {
                byte[] type = zip.readNBytes(100);
                return new String(type, StandardCharsets.US_ASCII).equals(OPENDOCUMENT.mediaType)
                        ? Optional.of(OPENDOCUMENT) : Optional.empty();
            }
            boolean contentTypes = false;
            boolean wordDocument = false;
            int seen = 0;
            for (var entry = first; entry != null && seen < MAX_ENTRIES; entry = zip.getNextEntry(), seen++) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                wordDocument |= entry.getName().equals("word/document.xml");
            }
            return contentTypes && wordDocument ? Optional.of(WORD) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
