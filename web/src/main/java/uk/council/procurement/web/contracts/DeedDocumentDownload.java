package uk.council.procurement.web.contracts;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.council.procurement.contracts.boundary.Deeds;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;

/**
 * A deed's PDF for the screens, shown in the browser's own viewer: /contracts/deed-document?ref=DEED-...
 * (the document to sign) or &amp;sealed=true (the sealed one). The boundary decides who may read it.
 */
@WebServlet("/contracts/deed-document")
public class DeedDocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Deeds deeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String ref = request.getParameter("ref");
            var document = "true".equals(request.getParameter("sealed")) ? deeds.sealedDocument(ref) : deeds.document(ref);
            response.setContentType(document.contentType());
            response.setContentLength(document.content().length);
            response.setHeader("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"");
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
