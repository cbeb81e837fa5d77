package uk.council.procurement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Whether this server runs with demo data: the sign-in page then lists the demo users. Demo data
 * exists only in the demo and test builds (the production build leaves the demo package out), so
 * the switch alone is not enough: the demo data must be there too.
 */
@Named("demo")
@ApplicationScoped
public class Demo {

    static final String DEMO_DATA = "uk.council.procurement.demo.DemoData";

    public boolean isEnabled() {
        return Boolean.getBoolean("dps.demo-data") && demoDataPresent();
    }

    /** The demo users' password, from the demo data itself. */
    public String getPassword() {
        try {
            return (String) Class.forName(DEMO_DATA).getField("PASSWORD").get(null);
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    private static boolean demoDataPresent() {
        try {
            Class.forName(DEMO_DATA);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
