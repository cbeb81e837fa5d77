package uk.council.procurement.platform;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock of the application. Instants are stored in UTC; dates are English dates, so the
 * clock's zone is Europe/London (a submission at 00:30 BST on 1 July belongs to 1 July).
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    Clock clock() {
        return Clock.system(UK);
    }
}
