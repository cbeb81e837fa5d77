package uk.council.procurement.web.api;

import uk.council.procurement.platform.InvalidInput;

/** Request bodies of the API resources. */
public final class Bodies {

    private Bodies() {
    }

    /** The body, or a 400 problem when the request came without one. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInput("", "The request needs a JSON body");
        }
        return body;
    }

    /** An uploaded file's bytes, read up to maxBytes: 413 (a problem) for a larger one. */
    public static byte[] file(java.io.InputStream body, int maxBytes) {
        byte[] content;
        try {
            content = body.readNBytes(maxBytes + 1);
        } catch (java.io.IOException e) {
            content = null; // the container stopped reading: larger than it takes
        }
        if (content == null || content.length > maxBytes) {
            throw new jakarta.ws.rs.WebApplicationException(Problem.response(ProblemType.TOO_LARGE,
                    "The file is larger than " + (maxBytes / (1024 * 1024)) + " MB."));
        }
        return content;
    }
}
