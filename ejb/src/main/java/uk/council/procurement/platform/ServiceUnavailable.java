package uk.council.procurement.platform;

/** An outside service the request depends on (the CQC register) did not answer; nothing was changed. */
public class ServiceUnavailable extends RequestRefused {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailable(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
