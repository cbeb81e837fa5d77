package uk.council.procurement.contracts.control;

import java.io.ByteArrayOutputStream;
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

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The deed of extension as a PDF: the template {@code contracts/deed-of-extension.txt} with its
 * {placeholders} filled in, laid out on A4 in Liberation Serif (embedded, so every reader shows the
 * same glyphs for any provider's name; a character the font lacks prints as "?"). Lines starting "# "
 * are the title, "## " headings, the rest paragraphs.
 */
public final class DeedDocument {

    static final String TEMPLATE = "/contracts/deed-of-extension.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");
    private static final float MARGIN = 64;
    private static final float BODY = 11;
    private static final float LEADING = 1.35f;

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
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "LiberationSerif-Regular.ttf");
            PDFont bold = font(doc, "LiberationSerif-Bold.ttf");
            var info = new PDDocumentInformation();
            info.setTitle(printable(regular, title));
            info.setAuthor(printable(regular, author));
            info.setSubject("Deed of extension");
            info.setCreator("DPS procurement");
            doc.setDocumentInformation(info);
            var writer = new Writer(doc, regular, bold);
            for (String line : lines) {
                if (line.startsWith("# ")) {
                    writer.title(line.substring(2));
                } else if (line.startsWith("## ")) {
                    writer.heading(line.substring(3));
                } else if (!line.isBlank()) {
                    for (String paragraph : line.split("\\R")) {
                        writer.paragraph(paragraph);
                    }
                }
            }
            writer.close();
            writer.footers(title);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The deed could not be generated", e);
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

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = DeedDocument.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing (openpdf-fonts-extra)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The text with every character the font cannot show replaced by "?" (and tabs by a space). */
    static String printable(PDFont font, String text) {
        var out = new StringBuilder(text.length());
        text.replace('\t', ' ').codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException missing) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Lays text out top to bottom, page after page. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void title(String text) throws IOException {
            float size = 17;
            String t = printable(bold, text);
            float width = bold.getStringWidth(t) / 1000 * size;
            need(size * 2.5f);
            write(bold, size, (PDRectangle.A4.getWidth() - width) / 2, t);
            y -= size * 1.4f;
        }

        void heading(String text) throws IOException {
            float size = 12.5f;
            need(size * 4);
            y -= size * 0.6f;
            write(bold, size, MARGIN, printable(bold, text));
            y -= size * 0.5f;
        }

        void paragraph(String text) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (String line : wrap(printable(regular, text), width)) {
                need(BODY * LEADING);
                write(regular, BODY, MARGIN, line);
            }
            y -= BODY * 0.55f;
        }

        private List<String> wrap(String text, float width) throws IOException {
            var lines = new ArrayList<String>();
            var line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (regular.getStringWidth(candidate) / 1000 * BODY <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the line is cut where it must be
                String rest = word;
                while (regular.getStringWidth(rest) / 1000 * BODY > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && regular.getStringWidth(rest.substring(0, cut)) / 1000 * BODY > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void write(PDFont font, float size, float x, String text) throws IOException {
            y -= size * LEADING;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }

        void footers(String title) throws IOException {
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (var footer = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginText();
                    footer.setFont(regular, 8.5f);
                    footer.newLineAtOffset(MARGIN, MARGIN / 2);
                    footer.showText(printable(regular, title + " · page " + (i + 1) + " of " + pages));
                    footer.endText();
                }
            }
        }
    }
}
