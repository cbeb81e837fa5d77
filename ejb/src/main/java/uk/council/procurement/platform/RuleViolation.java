package uk.council.procurement.platform;

/** Well-formed input that breaks a business rule (a lot of another DPS, approving one's own recommendation...). */
public class RuleViolation extends RequestRefused {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Business rule violated";
    }
}
