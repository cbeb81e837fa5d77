package uk.council.procurement.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application. Instants are stored in UTC; dates are English dates, so the
 * clock's zone is Europe/London (a submission at 00:30 BST on 1 July belongs to 1 July).
 * <p>
 * In test runs only (system property {@value #TEST_CLOCK_PROPERTY}=true) the clock can be moved,
 * together with the process engine's, so that tests do not depend on today's date and can make
 * timers fire. In any other run {@link #moveTo(Instant)} refuses.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final String TEST_CLOCK_PROPERTY = "dps.test-clock";

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    Clock clock() {
        return testClockEnabled() ? new Moveable(UK) : Clock.system(UK);
    }

    public static boolean testClockEnabled() {
        return Boolean.getBoolean(TEST_CLOCK_PROPERTY);
    }

    /** Test runs: the application's and the engine's clocks read the given instant now, and keep ticking. */
    public static void moveTo(Instant now) {
        if (!testClockEnabled()) {
            throw new IllegalStateException("The clock can be moved in test runs only");
        }
        var offset = Duration.between(Instant.now(), now);
        OFFSET.set(offset);
        ClockUtil.offset(offset.toMillis());
    }

    /** Test runs: back to the real time. */
    public static void reset() {
        OFFSET.set(Duration.ZERO);
        ClockUtil.reset();
    }

    /** The system clock plus the offset of the moment: every holder of it sees a move at once. */
    private static final class Moveable extends Clock {

        private final ZoneId zone;

        Moveable(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moveable(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    }
}
