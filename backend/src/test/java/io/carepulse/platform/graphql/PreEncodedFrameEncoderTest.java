package io.carepulse.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResultImpl;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.graphql.server.support.GraphQlWebSocketMessage;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

class PreEncodedFrameEncoderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ResolvableType TYPE = ResolvableType.forClass(GraphQlWebSocketMessage.class);

    private final PreEncodedFrameEncoder encoder = new PreEncodedFrameEncoder(JSON);

    @Test
    void aNextMessageWithAPreEncodedResultIsTheSameJsonJacksonWouldWrite() {
        var result = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("liveAudienceFeed", Map.of("sequence", 7, "text", "Is \"zinc\" good for colds? ✓")))
                .build();
        var preEncoded = PreEncodedResult.of(result, JSON);
        String id = "sub-\"1\"";

        String fast = text(encoder.encodeValue(GraphQlWebSocketMessage.next(id, preEncoded.toSpecification()),
                DefaultDataBufferFactory.sharedInstance, TYPE, MediaType.APPLICATION_JSON, Map.of()));
        String reference = JSON.writeValueAsString(GraphQlWebSocketMessage.next(id, result.toSpecification()));

        assertThat(JSON.readTree(fast)).isEqualTo(JSON.readTree(reference));
    }

    @Test
    void otherMessagesGoToJackson() {
        String complete = text(encoder.encodeValue(GraphQlWebSocketMessage.complete("9"),
                DefaultDataBufferFactory.sharedInstance, TYPE, MediaType.APPLICATION_JSON, Map.of()));
        assertThat(JSON.readTree(complete))
                .isEqualTo(JSON.readTree(JSON.writeValueAsString(GraphQlWebSocketMessage.complete("9"))));
    }

    @Test
    void itClaimsGraphQlWsMessagesOnlySoEverythingElseKeepsTheRegularEncoder() {
        assertThat(encoder.canEncode(TYPE, MediaType.APPLICATION_JSON)).isTrue();
        assertThat(encoder.canEncode(ResolvableType.forClass(Object.class), MediaType.APPLICATION_JSON)).isFalse();
        assertThat(encoder.canEncode(ResolvableType.forClass(Map.class), null)).isFalse();
    }

    private static String text(DataBuffer buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
