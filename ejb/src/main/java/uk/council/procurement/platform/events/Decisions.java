package uk.council.procurement.platform.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Raises {@link Decision}s, filling in who, in which role and when from the caller:
 * {@code decisions.of("APPLICATION", ref, "APPROVED").as(Roles.COMMISSIONING_LEAD).because(comment)
 * .details(...).tellProvider(id, message).record();}
 */
@Dependent
public class Decisions {

    @EJB
    CurrentUser currentUser;

    @Inject
    Event<Decision> events;

    @Inject
    Clock clock;

    public Builder of(String subjectType, String subjectRef, String action) {
        return new Builder(subjectType, subjectRef, action);
    }

    public final class Builder {

        private final String subjectType;
        private final String subjectRef;
        private final String action;
        private String role;
        private String reason;
        private String details;
        private final List<Decision.Notice> notices = new ArrayList<>();

        private Builder(String subjectType, String subjectRef, String action) {
            this.subjectType = subjectType;
            this.subjectRef = subjectRef;
            this.action = action;
        }

        /** The role the decision is taken in; the caller's first role if it does not hold this one. */
        public Builder as(String actingRole) {
            this.role = actingRole;
            return this;
        }

        public Builder because(String why) {
            this.reason = why == null || why.isBlank() ? null : why.strip();
            return this;
        }

        public Builder details(String what) {
            this.details = what;
            return this;
        }

        public Builder tellRole(String recipientRole, String subject, String message) {
            notices.add(new Decision.Notice(recipientRole, null, subject, message));
            return this;
        }

        public Builder tellProvider(Long providerId, String subject, String message) {
            notices.add(new Decision.Notice(null, providerId, subject, message));
            return this;
        }

        public Decision record() {
            var decision = new Decision(subjectType, subjectRef, action, currentUser.username(),
                    currentUser.displayName(), actingRole(), clock.instant(), reason, details, List.copyOf(notices));
            events.fire(decision);
            return decision;
        }

        private String actingRole() {
            if (role != null && currentUser.isInRole(role)) {
                return role;
            }
            return Roles.ALL.stream().filter(currentUser::isInRole).findFirst().orElse(null);
        }
    }
}
