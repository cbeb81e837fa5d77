package uk.council.procurement.onboarding.entity;

/** Documents every application must carry. */
public enum DocumentKind {
    SAFEGUARDING_POLICY("Safeguarding policy"),
    MODERN_SLAVERY_POLICY("Modern slavery policy"),
    INSURANCE_CERTIFICATE("Insurance certificate");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
