package uk.council.procurement.web.faces;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RequestRefused;

/**
 * Runs a boundary call from a screen and turns a refusal into messages: each invalid field's
 * message next to its input (and the input marked invalid), everything else at the top. The
 * boundary's transaction has rolled back, so the screen still shows what the user typed.
 */
public final class Messages {

    private Messages() {
    }

    /**
     * @param fields maps a field of the refusal (e.g. "address.postcode") to the client id of its
     *               input on this screen; fields not in the map are reported at the top
     * @return the call's result, or null if it was refused
     */
    public static <T> T attempt(Supplier<T> call, Map<String, String> fields) {
        try {
            return call.get();
        } catch (InvalidInput e) {
            invalid(e, fields);
        } catch (RequestRefused e) {
            error(e.title(), e.getMessage());
        } catch (EJBAccessException e) {
            error("Not allowed", "Your role does not allow this.");
        } catch (EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RequestRefused refused) {
                error(refused.title(), refused.getMessage());
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public static boolean attempt(Runnable call, Map<String, String> fields) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, fields) != null;
    }

    private static void invalid(InvalidInput e, Map<String, String> fields) {
        for (var error : e.errors()) {
            String clientId = fields.get(error.field());
            if (clientId == null) {
                error(null, label(error.field()) + error.message());
                continue;
            }
            field(clientId, error.message());
        }
    }

    private static String label(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        String words = last.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": ";
    }

    /** A message next to one input, which is marked invalid. */
    public static void field(String clientId, String message) {
        var context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        if (context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            keepShown(context, input);
            input.setValid(false);
        }
        context.validationFailed();
    }

    /**
     * A refusal from the boundary comes after the model was updated, when the input no longer holds what
     * was typed; PrimeFaces shows an invalid input without it as empty, so the user could not see the typo.
     * The value goes back as the input's submitted text (through its converter), to be shown as typed.
     */
    private static void keepShown(FacesContext context, UIInput input) {
        if (input.getSubmittedValue() != null) {
            return;
        }
        Object value = input.getValue();
        if (value == null || value instanceof java.util.Collection || value.getClass().isArray()) {
            return;
        }
        var converter = input.getConverter() != null ? input.getConverter()
                : context.getApplication().createConverter(value.getClass());
        String text;
        if (value instanceof java.math.BigDecimal amount) {
            text = amount.toPlainString();
        } else if (converter != null) {
            @SuppressWarnings("unchecked")
            var typed = (jakarta.faces.convert.Converter<Object>) converter;
            text = typed.getAsString(context, input, value);
        } else {
            text = value.toString();
        }
        input.setSubmittedValue(text);
    }

    public static void info(String summary, String detail) {
        add(FacesMessage.SEVERITY_INFO, summary, detail);
    }

    public static void error(String summary, String detail) {
        add(FacesMessage.SEVERITY_ERROR, summary, detail);
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        var context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, summary == null ? detail : summary, detail));
        // Messages survive a redirect (post-redirect-get after a successful action).
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
