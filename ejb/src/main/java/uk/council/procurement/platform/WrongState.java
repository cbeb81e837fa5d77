package uk.council.procurement.platform;

/** The record is not in a state that allows this step (already submitted, already decided...). */
public class WrongState extends RequestRefused {

    private static final long serialVersionUID = 1L;

    public WrongState(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not possible in the current state";
    }
}
