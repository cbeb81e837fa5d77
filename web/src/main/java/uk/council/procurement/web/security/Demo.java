package uk.council.procurement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import uk.council.procurement.demo.DemoData;

/** Whether this server runs with demo data: the sign-in page then lists the demo users. */
@Named("demo")
@ApplicationScoped
public class Demo {

    public boolean isEnabled() {
        return Boolean.getBoolean(DemoData.ENABLED_PROPERTY);
    }

    public String getPassword() {
        return DemoData.PASSWORD;
    }
}
