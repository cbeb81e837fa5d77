package uk.council.procurement.contracts.entity;

/** What a contract in the register is: the market itself, a provider's agreement under it, or a call-off. */
public enum ContractKind {
    MARKET("DPS or framework"),
    AGREEMENT("Provider agreement"),
    CALL_OFF("Call-off contract");

    private final String label;

    ContractKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
