package uk.council.procurement.security;

import java.util.List;

/** The roles of the product. They are also the candidate groups of user tasks in the workflows. */
public final class Roles {

    /** Sets up DPSs and lots, evaluates applications, recommends decisions. */
    public static final String PROCUREMENT_OFFICER = "procurement-officer";
    /** Approves decisions that officers recommend (never their own). */
    public static final String COMMISSIONING_LEAD = "commissioning-lead";
    /** Signs and seals deeds; reads everything. */
    public static final String LEGAL = "legal";
    /** Records CQC ratings and quality reviews; reads everything. */
    public static final String QUALITY_OFFICER = "quality-officer";
    /** An operator: Camunda Cockpit (processes, incidents) and nothing of the procurement screens. */
    public static final String ADMIN = "admin";
    /** A user of one care provider organisation; sees only that organisation's data. */
    public static final String PROVIDER = "provider";

    /** Council staff: every role but provider. */
    public static final List<String> STAFF = List.of(PROCUREMENT_OFFICER, COMMISSIONING_LEAD, LEGAL, QUALITY_OFFICER);
    public static final List<String> ALL = List.of(PROCUREMENT_OFFICER, COMMISSIONING_LEAD, LEGAL, QUALITY_OFFICER, PROVIDER);

    private Roles() {
    }
}
