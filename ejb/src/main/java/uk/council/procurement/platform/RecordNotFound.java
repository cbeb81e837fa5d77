package uk.council.procurement.platform;

/**
 * The record does not exist, or the caller may not see it. Both read the same on purpose: a
 * provider must not learn that another provider's application exists.
 */
public class RecordNotFound extends RequestRefused {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String what, Object key) {
        super(what + " " + key + " was not found.");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
