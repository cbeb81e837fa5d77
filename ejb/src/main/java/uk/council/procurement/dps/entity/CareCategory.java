package uk.council.procurement.dps.entity;

/** The five care categories into which residential and nursing lots are divided. */
public enum CareCategory {
    OLDER_PEOPLE("Older people"),
    DEMENTIA("Dementia"),
    LEARNING_DISABILITY_AUTISM("Learning disability / autism spectrum disorder"),
    MENTAL_HEALTH("Mental health"),
    PHYSICAL_DISABILITY_SENSORY("Physical disability / sensory impairment");

    private final String label;

    CareCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
