package io.carepulse.consent;

import io.carepulse.platform.files.StoredFiles;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.security.CurrentCaller;
import java.nio.ByteBuffer;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/consents/{id}/document}: the signed document, with the caller's bearer token,
 * for ADMIN and COMPLIANCE_OFFICER only (the rule of {@code Consent.document}); every download is
 * written to the consent's access log first. Another organisation's consent, a deleted one and
 * one without a document all answer 404.
 */
@Component
class ConsentDocumentDownloads {

    private final Consents consents;
    private final StoredFiles files;
    private final ConsentAccessLog accessLog;

    ConsentDocumentDownloads(Consents consents, StoredFiles files, ConsentAccessLog accessLog) {
        this.consents = consents;
        this.files = files;
        this.accessLog = accessLog;
    }

    @Bean
    static RouterFunction<ServerResponse> consentDocumentRoutes(ConsentDocumentDownloads downloads) {
        return RouterFunctions.route().GET("/api/consents/{id}/document", downloads::download).build();
    }

    Mono<ServerResponse> download(ServerRequest request) {
        ObjectId id = GlobalId.objectId(request.pathVariable("id"), Consent.TYPE);
        return CurrentCaller.required().flatMap(caller -> {
            if (!caller.hasAnyRole(Consents.PATIENT_READERS)) {
                return ServerResponse.status(HttpStatus.FORBIDDEN).build();
            }
            Mono<Consent> consent = id == null ? Mono.empty() : consents.byId(id);
            return consent.filter(found -> found.document() != null)
                    .flatMap(found -> files.find(found.document().fileId())
                            .flatMap(file -> accessLog.record(found.id(), List.of("document")).then(
                                    ServerResponse.ok()
                                            .contentType(MediaType.parseMediaType(file.type().mediaType()))
                                            .contentLength(file.size())
                                            .cacheControl(CacheControl.noStore())
                                            .header("X-Content-Type-Options", "nosniff")
                                            .headers(headers -> headers.setContentDisposition(ContentDisposition
                                                    .attachment().filename(found.number() + "."
                                                            + file.type().extension()).build()))
                                            .body(BodyInserters.fromDataBuffers(files.content(file)
                                                    .map(ConsentDocumentDownloads::wrap))))))
                    .switchIfEmpty(Mono.defer(() -> ServerResponse.notFound().build()));
        });
    }

    private static DataBuffer wrap(ByteBuffer bytes) {
        return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
    }
}
