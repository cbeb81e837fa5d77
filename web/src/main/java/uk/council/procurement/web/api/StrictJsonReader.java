package uk.council.procurement.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import uk.council.procurement.platform.InvalidInput;

/**
 * Reads every JSON request body of the API: at most {@value #MAX_BYTES} bytes, well-formed, then
 * checked by {@link StrictJson} against the type it is bound to, and only then bound with JSON-B.
 * A body that fails is refused with a problem naming each field; nothing reaches the services.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER - 100)
public class StrictJsonReader implements MessageBodyReader<Object> {

    static final int MAX_BYTES = 1024 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type) && !JsonValue.class.isAssignableFrom(type)
                && (mediaType == null || mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new WebApplicationException(Problem.response(ProblemType.TOO_LARGE,
                    "A JSON body may be at most 1 MB."));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null; // the resource says whether it needs a body
        }
        JsonValue value;
        try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw unreadable("The body is not valid JSON" + (at == null ? "."
                    : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")."));
        } catch (JsonException e) {
            throw unreadable("The body is not valid JSON.");
        }
        var errors = StrictJson.check(value, genericType == null ? type : genericType);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return JSONB.fromJson(text, genericType == null ? type : genericType);
    }

    private static WebApplicationException unreadable(String detail) {
        return new WebApplicationException(Problem.response(ProblemType.UNREADABLE_BODY, detail));
    }
}
