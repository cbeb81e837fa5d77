package uk.council.procurement.web.onboarding;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.entity.DocumentKind;
import uk.council.procurement.platform.RecordNotFound;

/** Downloads a document of an application: /onboarding/document?ref=APP-...&kind=SAFEGUARDING_POLICY. */
@WebServlet("/onboarding/document")
public class DocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Applications applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentKind kind;
        try {
            kind = DocumentKind.valueOf(request.getParameter("kind"));
        } catch (IllegalArgumentException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown document kind");
            return;
        }
        try {
            var document = applications.document(request.getParameter("ref"), kind);
            response.setContentType(document.contentType());
            response.setContentLength(document.content().length);
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(document.content());
        } catch (RecordNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
