package uk.council.procurement.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document of text, top to bottom and page after page: a title, headings, wrapped paragraphs
 * and a footer with page numbers on every page. Liberation Serif is embedded (from OpenPDF's font jar),
 * so any name prints the same in every reader; a character the font lacks prints as "?". For the deeds
 * of extension and the evidence pack; no layout engine is needed for either.
 */
public final class PdfText implements AutoCloseable {

    private static final float MARGIN = 64;
    private static final float BODY = 11;
    private static final float LEADING = 1.35f;

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream stream;
    private float y;

    public PdfText(String title, String author, String subject) {
        try {
            doc = new PDDocument();
            regular = font(doc, "LiberationSerif-Regular.ttf");
            bold = font(doc, "LiberationSerif-Bold.ttf");
            var info = new PDDocumentInformation();
            info.setTitle(printable(regular, title));
            info.setAuthor(printable(regular, author));
            info.setSubject(subject);
            info.setCreator("DPS procurement");
            doc.setDocumentInformation(info);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException("A PDF could not be started", e);
        }
    }

    public PdfText title(String text) {
        return io(() -> {
            float size = 17;
            String t = printable(bold, text);
            float width = bold.getStringWidth(t) / 1000 * size;
            need(size * 2.5f);
            write(bold, size, Math.max(MARGIN, (PDRectangle.A4.getWidth() - width) / 2), t);
            y -= size * 1.4f;
        });
    }

    public PdfText heading(String text) {
        return io(() -> {
            float size = 12.5f;
            need(size * 4);
            y -= size * 0.6f;
            for (String line : wrap(bold, size, printable(bold, text), PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                write(bold, size, MARGIN, line);
            }
            y -= size * 0.5f;
        });
    }

    /** A paragraph; line breaks in the text start new lines. */
    public PdfText paragraph(String text) {
        return io(() -> {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (String part : text.split("\\R")) {
                for (String line : wrap(regular, BODY, printable(regular, part), width)) {
                    need(BODY * LEADING);
                    write(regular, BODY, MARGIN, line);
                }
            }
            y -= BODY * 0.55f;
        });
    }

    /** The PDF, with "footer · page n of m" on every page. */
    public byte[] finish(String footer) {
        try (var out = new ByteArrayOutputStream()) {
            stream.close();
            stream = null;
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (var s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    s.beginText();
                    s.setFont(regular, 8.5f);
                    s.newLineAtOffset(MARGIN, MARGIN / 2);
                    s.showText(printable(regular, footer + " · page " + (i + 1) + " of " + pages));
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing (openpdf-fonts-extra)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
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
            while (font.getStringWidth(rest) / 1000 * size > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
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

    private interface Step {
        void run() throws IOException;
    }

    private PdfText io(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        return this;
    }
}
