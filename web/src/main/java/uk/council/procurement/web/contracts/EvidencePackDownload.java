package uk.council.procurement.web.contracts;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.council.procurement.contracts.boundary.ExtensionReviews;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;

/** A review's evidence pack as a PDF for the screens: /contracts/evidence-pack?ref=REV-... (council staff). */
@WebServlet("/contracts/evidence-pack")
public class EvidencePackDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ExtensionReviews reviews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            var document = reviews.evidencePack(request.getParameter("ref"));
            response.setContentType(document.contentType());
            response.setContentLength(document.content().length);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            response.getOutputStream().write(document.content());
        } catch (RecordNotFound | InvalidInput e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
