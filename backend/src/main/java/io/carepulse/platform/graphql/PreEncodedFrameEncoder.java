package io.carepulse.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.Encoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.graphql.server.support.GraphQlWebSocketMessage;
import org.springframework.http.MediaType;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.util.MimeType;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes graphql-ws {@code next} messages whose payload is a {@link PreEncodedResult} by copying
 * bytes: {@code {"id":<id>,"type":"next","payload":<bytes encoded once>}}. At thousands of
 * subscribers per event, running the JSON serializer once per subscriber was a third of the
 * server's CPU. Every other message goes to the regular Jackson encoder.
 */
public final class PreEncodedFrameEncoder implements Encoder<GraphQlWebSocketMessage> {

    private static final byte[] PREFIX = "{\"id\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MIDDLE = ",\"type\":\"next\",\"payload\":".getBytes(StandardCharsets.UTF_8);

    private final Encoder<Object> fallback;
    private final JsonMapper json;

    PreEncodedFrameEncoder(JsonMapper json) {
        this.json = json;
        this.fallback = new JacksonJsonEncoder(json);
    }

    @Override
    public boolean canEncode(ResolvableType elementType, MimeType mimeType) {
        return GraphQlWebSocketMessage.class.isAssignableFrom(elementType.toClass())
                && (mimeType == null || MediaType.APPLICATION_JSON.isCompatibleWith(mimeType));
    }

    @Override
    public Flux<DataBuffer> encode(Publisher<? extends GraphQlWebSocketMessage> input, DataBufferFactory factory,
            ResolvableType type, MimeType mimeType, Map<String, Object> hints) {
        return Flux.from(input).map(message -> encodeValue(message, factory, type, mimeType, hints));
    }

    @Override
    public DataBuffer encodeValue(GraphQlWebSocketMessage message, DataBufferFactory factory, ResolvableType type,
            MimeType mimeType, Map<String, Object> hints) {
        if (message.getPayload() instanceof PreEncodedResult.Encoded payload && "next".equals(message.getType())) {
            byte[] id = json.writeValueAsBytes(message.getId());
            byte[] body = payload.json();
            DataBuffer buffer = factory.allocateBuffer(PREFIX.length + id.length + MIDDLE.length + body.length + 1);
            return buffer.write(PREFIX).write(id).write(MIDDLE).write(body).write((byte) '}');
        }
        return fallback.encodeValue(message, factory, type, mimeType, hints);
    }

    @Override
    public List<MimeType> getEncodableMimeTypes() {
        return List.of(MediaType.APPLICATION_JSON);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** A typed codec: ahead of the catch-all Jackson encoder for graphql-ws messages only. */
        @Bean
        CodecCustomizer preEncodedFrameCodec(JsonMapper json) {
            return configurer -> configurer.customCodecs().register(new PreEncodedFrameEncoder(json));
        }
    }
}
