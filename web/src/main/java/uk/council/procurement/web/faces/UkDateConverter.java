package uk.council.procurement.web.faces;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A UK date typed as dd/mm/yyyy, read strictly: 31/02/2025 is refused with a message instead of
 * becoming 28/02/2025 (the lenient default), and the year must have four digits.
 */
@FacesConverter("ukDate")
public class UkDateConverter implements Converter<LocalDate> {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : UK.format(value);
    }

    /** The date, null for blank; IllegalArgumentException with a message for a person otherwise. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            throw new IllegalArgumentException("Write the date as dd/mm/yyyy, such as 31/03/2027 (not " + text + ")");
        }
        String[] parts = text.split("/");
        String padded = String.format("%02d/%02d/%s", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
        try {
            return LocalDate.parse(padded, UK);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text + " is not a real date");
        }
    }
}
