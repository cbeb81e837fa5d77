package uk.council.procurement.web.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Messages are kept in the flash so that they survive a redirect after an action ({@link Messages});
 * a request that renders its page shows them itself, so they must not be kept for the next request too
 * (otherwise a refusal came back after the field was corrected).
 */
public class MessagesShownOnce implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        var flash = event.getFacesContext().getExternalContext().getFlash();
        if (flash.isKeepMessages()) {
            flash.setKeepMessages(false);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
