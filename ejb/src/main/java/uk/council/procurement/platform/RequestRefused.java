package uk.council.procurement.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that the service layer refuses, with a message meant for the person who made it.
 * Thrown from boundaries; the transaction rolls back, so nothing the request did is kept. The web
 * layer shows the message next to the form, the REST API as a problem response.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected RequestRefused(String message) {
        super(message);
    }

    /** A short, stable summary of the kind of refusal (the problem title). */
    public abstract String title();
}
