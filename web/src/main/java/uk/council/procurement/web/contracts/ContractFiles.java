package uk.council.procurement.web.contracts;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.council.procurement.contracts.boundary.Deeds;
import uk.council.procurement.contracts.boundary.ExtensionReviews;
import uk.council.procurement.onboarding.boundary.StoredDocument;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;

/**
 * The contracts' files for the screens; the boundaries decide who reads what (web.xml lets providers
 * reach the deed's only):
 * <ul>
 * <li>/contracts/deed-document?ref=DEED-... : the deed to sign, shown in the browser's own viewer;
 * &amp;sealed=true the sealed one;</li>
 * <li>/contracts/evidence-pack?ref=REV-... : a review's evidence pack as a PDF;</li>
 * <li>/contracts/review-document?ref=REV-...&amp;id= : a document attached to a review.</li>
 * </ul>
 */
@WebServlet({"/contracts/deed-document", "/contracts/evidence-pack", "/contracts/review-document"})
public class ContractFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Deeds deeds;

    @EJB
    transient ExtensionReviews reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ref = request.getParameter("ref");
        try {
            StoredDocument document;
            boolean inline = false;
            switch (request.getServletPath()) {
                case "/contracts/deed-document" -> {
                    document = "true".equals(request.getParameter("sealed")) ? deeds.sealedDocument(ref) : deeds.document(ref);
                    inline = true;
                }
                case "/contracts/review-document" -> document = reviews.document(ref, id(request.getParameter("id")));
                default -> document = reviews.evidencePack(ref);
            }
            response.setContentType(document.contentType());
            response.setContentLength(document.content().length);
            response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                    + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            response.getOutputStream().write(document.content());
        } catch (RecordNotFound | InvalidInput e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static Long id(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw new RecordNotFound("Document", id);
        }
    }
}
