package uk.council.procurement.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Runs Bean Validation on an entity (or command) inside a boundary, before anything is saved, and
 * turns violations into {@link InvalidInput}. Constraints live once, on the entities.
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T object) {
        var violations = validator.validate(object);
        if (!violations.isEmpty()) {
            throw InvalidInput.of(violations);
        }
        return object;
    }
}
