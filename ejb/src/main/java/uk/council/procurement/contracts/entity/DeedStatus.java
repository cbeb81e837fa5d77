package uk.council.procurement.contracts.entity;

/** Where a deed of extension stands: the provider signs first, then legal signs and seals. */
public enum DeedStatus {
    AWAITING_PROVIDER("Awaiting the provider's signature"),
    AWAITING_SEAL("Awaiting legal's signature and seal"),
    SEALED("Signed and sealed: extension in force"),
    REFUSED("Refused by the provider");

    private final String label;

    DeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == AWAITING_PROVIDER || this == AWAITING_SEAL;
    }
}
