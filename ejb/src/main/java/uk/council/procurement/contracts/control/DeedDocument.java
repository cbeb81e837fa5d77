package uk.council.procurement.contracts.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.council.procurement.platform.PdfText;

/**
 * The deed of extension as a PDF: the template {@code contracts/deed-of-extension.txt} with its
 * {placeholders} filled in, laid out by {@link PdfText}. Lines starting "# " are the title, "## "
 * headings, the rest paragraphs.
 */
public final class DeedDocument {

    static final String TEMPLATE = "/contracts/deed-of-extension.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    private DeedDocument() {
    }

    /** The template's text with the values put in; a placeholder without a value is a defect. */
    public static List<String> fill(Map<String, String> values) {
        var lines = new ArrayList<String>();
        for (String line : template().split("\n")) {
            Matcher m = PLACEHOLDER.matcher(line);
            var filled = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("No value for {" + m.group(1) + "} in the deed template");
                }
                m.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            m.appendTail(filled);
            lines.add(filled.toString());
        }
        return lines;
    }

    /** The PDF of the filled template. */
    public static byte[] render(Map<String, String> values, String title, String author) {
        var lines = fill(values);
        try (var pdf = new PdfText(title, author, "Deed of extension")) {
            for (String line : lines) {
                if (line.startsWith("# ")) {
                    pdf.title(line.substring(2));
                } else if (line.startsWith("## ")) {
                    pdf.heading(line.substring(3));
                } else if (!line.isBlank()) {
                    pdf.paragraph(line);
                }
            }
            return pdf.finish(title);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }

    private static String template() {
        try (InputStream in = DeedDocument.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The deed template " + TEMPLATE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
