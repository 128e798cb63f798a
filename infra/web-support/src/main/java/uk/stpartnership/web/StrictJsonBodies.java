package uk.stpartnership.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.MessageBodyHandler;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.http.netty.body.NettyJsonHandler;
import io.micronaut.json.body.JsonMessageHandler;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Reads JSON request bodies strictly: the body is checked against its type first ({@link RequestShape}), so a wrong
 * type, an unknown enum value, a malformed date or a NUL character is a 400 naming the field by its path, never a
 * silent conversion. Writing is Micronaut's own (Netty) JSON handler, unchanged.
 */
@Singleton
@Replaces(NettyJsonHandler.class)
@JsonMessageHandler.ProducesJson
@JsonMessageHandler.ConsumesJson
public final class StrictJsonBodies<T> implements MessageBodyHandler<T>, ResponseBodyWriter<T> {

    private final JsonMapper jsonMapper;
    private final NettyJsonHandler<T> json;

    public StrictJsonBodies(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
        this.json = new NettyJsonHandler<>(jsonMapper);
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return json.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) throws CodecException {
        return read(type, () -> jsonMapper.readValue(byteBuffer, Argument.of(JsonNode.class)));
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) throws CodecException {
        return read(type, () -> jsonMapper.readValue(inputStream, Argument.of(JsonNode.class)));
    }

    private interface Parse {
        JsonNode tree() throws IOException;
    }

    @SuppressWarnings("unchecked")
    private T read(Argument<T> type, Parse parse) {
        if (type.getType() == JsonNode.class || type.getType() == Object.class) {
            return readValue(type, parse);
        }
        JsonNode tree;
        try {
            tree = parse.tree();
        } catch (IOException e) {
            if (type.getType() == UncheckedBody.class) {
                return (T) (UncheckedBody<?>) () -> {
                    throw ProblemException.badField("body", "must be JSON");
                };
            }
            throw ProblemException.badField("body", "must be JSON");
        }
        if (type.getType() == UncheckedBody.class) {
            Argument<Object> of = (Argument<Object>) type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            return (T) (UncheckedBody<Object>) () -> checked(of, tree);
        }
        return checked(type, tree);
    }

    private <V> V checked(Argument<V> type, JsonNode tree) {
        List<Problem.FieldError> errors = RequestShape.errors(tree, type);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        try {
            return jsonMapper.readValueFromTree(tree, type);
        } catch (SerdeException e) {
            String path = e.getPathAsString();
            throw ProblemException.badField(path == null || path.isEmpty() ? "body" : path, "is not a valid value");
        } catch (IOException e) {
            throw ProblemException.badField("body", "is not a valid value");
        }
    }

    @SuppressWarnings("unchecked")
    private T readValue(Argument<T> type, Parse parse) {
        try {
            JsonNode tree = parse.tree();
            return type.getType() == JsonNode.class ? (T) tree : jsonMapper.readValueFromTree(tree, type);
        } catch (IOException e) {
            throw ProblemException.badField("body", "must be JSON");
        }
    }

    @Override
    public boolean isWriteable(Argument<T> type, MediaType mediaType) {
        return json.isWriteable(type, mediaType);
    }

    @Override
    public MessageBodyWriter<T> createSpecific(Argument<T> type) {
        return json.createSpecific(type);
    }

    @Override
    public boolean isBlocking() {
        return json.isBlocking();
    }

    @Override
    public void writeTo(Argument<T> type, MediaType mediaType, T object, MutableHeaders outgoingHeaders, OutputStream outputStream)
            throws CodecException {
        json.writeTo(type, mediaType, object, outgoingHeaders, outputStream);
    }

    @Override
    public ByteBodyHttpResponse<?> write(ByteBodyFactory bodyFactory, HttpRequest<?> request, MutableHttpResponse<T> httpResponse,
                                         Argument<T> type, MediaType mediaType, T object) throws CodecException {
        return json.write(bodyFactory, request, httpResponse, type, mediaType, object);
    }

    @Override
    public CloseableByteBody writePiece(ByteBodyFactory bodyFactory, HttpRequest<?> request, HttpResponse<?> response,
                                        Argument<T> type, MediaType mediaType, T object) throws CodecException {
        return json.writePiece(bodyFactory, request, response, type, mediaType, object);
    }
}
