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
}
