package uk.council.procurement.platform;

/**
 * Someone else changed the record since the caller read it (optimistic locking). Nothing was
 * saved; the caller should reload, look at the change and decide again.
 */
public class ConcurrentChange extends RequestRefused {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String what, Object key) {
        super(what + " " + key + " was changed by someone else since you opened it. Nothing was saved: "
                + "reload it to see the change, then try again.");
    }

    @Override
    public String title() {
        return "Changed by someone else";
    }
}
