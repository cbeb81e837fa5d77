package uk.council.procurement.platform;

/** The one datasource of the application, configured in the server (H2 by default, or PostgreSQL). */
public final class Datasource {

    public static final String JNDI_NAME = "java:jboss/datasources/DpsDS";

    private Datasource() {
    }
}
