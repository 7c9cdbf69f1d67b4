package io.carepulse.platform.files;

import io.carepulse.platform.security.Caller;
import io.carepulse.platform.security.CurrentCaller;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/files}: a {@code multipart/form-data} upload with the parts {@code kind} (a
 * declared {@link FileKind}), optionally {@code sha256} (hex, as the uploader computed it) and
 * {@code file}. The file is read as it arrives and refused once it passes the kind's size, so a
 * large upload is never held whole; its type is sniffed from its first bytes; a hash that does not
 * match is refused. Nothing is stored unless every check passes. Answers 201 with the file's ID,
 * SHA-256, size and content type, or 4xx with a message for people.
 */
@Component
class FileUploads {

    private final Map<String, FileKind> kinds;
    private final StoredFiles files;
    private final Clock clock;

    FileUploads(List<FileKind> kinds, StoredFiles files, Clock clock) {
        this.kinds = kinds.stream().collect(Collectors.toMap(FileKind::name, Function.identity()));
        this.files = files;
        this.clock = clock;
    }

    @Bean
    static RouterFunction<ServerResponse> fileUploadRoutes(FileUploads uploads) {
        return RouterFunctions.route().POST("/api/files", uploads::upload).build();
    }

    Mono<ServerResponse> upload(ServerRequest request) {
        MediaType type = request.headers().contentType().orElse(null);
        if (type == null || !MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the file as multipart/form-data");
        }
        return CurrentCaller.required().flatMap(caller -> {
            Upload upload = new Upload();
            return request.bodyToFlux(PartEvent.class)
                    .windowUntil(PartEvent::isLast)
                    .concatMap(part -> part.switchOnFirst((first, events) -> read(first.get(), events, upload,
                            caller)))
                    .then(Mono.defer(() -> finish(upload, caller)))
                    .onErrorResume(Refused.class, refused -> {
                        upload.discard();
                        return refuse(refused.status, refused.getMessage());
                    });
        });
    }

    /** One part: a form field's value, or the file's bytes, checked as they come. */
    private Mono<Void> read(PartEvent first, Flux<PartEvent> events, Upload upload, Caller caller) {
        if (first instanceof FormPartEvent form) {
            switch (form.name()) {
                case "kind" -> {
                    try {
                        upload.kind = kind(form.value(), caller);
                    } catch (Refused refused) {
                        return Mono.error(refused);
                    }
                }
                case "sha256" -> upload.declaredHash = form.value().strip().toLowerCase(Locale.ROOT);
                default -> {
                }
            }
            return events.then();
        }
        if (first instanceof FilePartEvent file && "file".equals(file.name())) {
            if (upload.kind == null) {
                return Mono.error(new Refused(HttpStatus.BAD_REQUEST, "Send the kind part before the file"));
            }
            upload.declaredType = file.headers().getContentType();
            return events.concatMap(event -> {
                upload.add(event.content());
                return Mono.empty();
            }).then();
        }
        return events.doOnNext(event -> DataBufferUtils.release(event.content())).then();
    }

    private Mono<ServerResponse> finish(Upload upload, Caller caller) {
        if (upload.kind == null || upload.bytes == null) {
            return refuse(HttpStatus.BAD_REQUEST, "Choose a file to upload");
        }
        byte[] bytes = upload.bytes.toByteArray();
        if (bytes.length == 0) {
            return refuse(HttpStatus.BAD_REQUEST, "The file is empty");
        }
        FileType type = FileType.sniff(bytes);
        String allowed = upload.kind.types().stream().map(FileType::displayName).sorted()
                .collect(Collectors.joining(", "));
        if (type == null || !upload.kind.types().contains(type)) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Upload a " + allowed + " file");
        }
        MediaType declared = upload.declaredType;
        if (declared != null && !MediaType.APPLICATION_OCTET_STREAM.equalsTypeAndSubtype(declared)
                && !type.sentAs(declared.getType() + "/" + declared.getSubtype())) {
            return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file is a " + type.displayName()
                    + " but was sent as " + declared.getType() + "/" + declared.getSubtype()
                    + ": choose the file again");
        }
        String sha256 = HexFormat.of().formatHex(upload.digest.digest());
        if (upload.declaredHash != null && !upload.declaredHash.equals(sha256)) {
            return refuse(HttpStatus.BAD_REQUEST,
                    "The file changed on the way (its SHA-256 does not match): upload it again");
        }
        return files.store(upload.kind, type, bytes, sha256, caller.subject(), clock.instant())
                .flatMap(stored -> ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("id", stored.id(), "sha256", stored.sha256(), "size", stored.size(),
                                "contentType", stored.type().mediaType())));
    }

    private FileKind kind(String name, Caller caller) {
        FileKind kind = kinds.get(name);
        if (kind == null) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Unknown kind of file: choose one of "
                    + String.join(", ", kinds.keySet().stream().sorted().toList()));
        }
        if (!caller.hasAnyRole(kind.uploaders()) && !caller.hasAnyScope(kind.uploaderScopes())) {
            throw new Refused(HttpStatus.FORBIDDEN, "You may not upload this kind of file");
        }
        return kind;
    }

    private static Mono<ServerResponse> refuse(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("message", message));
    }

    /** What has arrived so far of one upload. */
    private static final class Upload {
        FileKind kind;
        String declaredHash;
        MediaType declaredType;
        ByteArrayOutputStream bytes;
        final MessageDigest digest = sha256();

        void add(DataBuffer buffer) {
            try {
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                int length = buffer.readableByteCount();
                if (bytes.size() + (long) length > kind.maxBytes()) {
                    throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than "
                            + kind.maxBytes() / (1024 * 1024) + " MB: choose a smaller one");
                }
                byte[] chunk = new byte[length];
                buffer.read(chunk);
                bytes.write(chunk, 0, length);
                digest.update(chunk);
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        void discard() {
            bytes = null;
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An upload refused, with the status and message the uploader gets. */
    private static final class Refused extends RuntimeException {
        final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
