package io.carepulse.consent;

import io.carepulse.consent.ConsentInputs.AttachConsentDocumentInput;
import io.carepulse.consent.ConsentPayloads.AttachConsentDocumentPayload;
import io.carepulse.platform.files.FileKind;
import io.carepulse.platform.files.FileType;
import io.carepulse.platform.files.StoredFile;
import io.carepulse.platform.files.StoredFiles;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.security.CurrentCaller;
import io.carepulse.platform.tenancy.TenantMongo;
import io.carepulse.platform.tenancy.UpdatePayloads;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The signed document of a consent: uploaded as a {@code consent-document} ({@code POST
 * /api/files}: a PDF, PNG or JPEG of at most 10 MB, by ADMIN or COMPLIANCE_OFFICER) and attached
 * with {@code attachConsentDocument}, which checks the hash the uploader computed. A document, once
 * attached, is evidence and is not replaced.
 */
@Controller
class ConsentDocuments {

    static final String KIND = "consent-document";
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final TenantMongo mongo;
    private final Consents consents;
    private final StoredFiles files;
    private final Clock clock;

    ConsentDocuments(TenantMongo mongo, Consents consents, StoredFiles files, Clock clock) {
        this.mongo = mongo;
        this.consents = consents;
        this.files = files;
        this.clock = clock;
    }

    @Bean
    static FileKind consentDocumentKind() {
        return new FileKind(KIND, Consents.PATIENT_READERS, MAX_BYTES, Set.of(FileType.PDF, FileType.PNG,
                FileType.JPEG));
    }

    @MutationMapping
    Mono<AttachConsentDocumentPayload> attachConsentDocument(@Argument AttachConsentDocumentInput input) {
        ObjectId id = GlobalId.objectId(input.consentId(), Consent.TYPE);
        String sha256 = input.sha256() == null ? "" : input.sha256().strip().toLowerCase(Locale.ROOT);
        if (id == null) {
            return fail(ConsentMutations.NOT_FOUND);
        }
        if (!SHA256.matcher(sha256).matches()) {
            return fail(UserError.onInput(UserErrorCode.INVALID, "SHA-256 must be 64 hexadecimal characters",
                    "sha256"));
        }
        return consents.byId(id).flatMap(current -> {
            if (current.version() != input.expectedVersion()) {
                return fail(UpdatePayloads.conflict("consent", current.version()));
            }
            if (current.document() != null) {
                return fail(UserError.onInput(UserErrorCode.INVALID_STATE,
                        "This consent already has its signed document", "consentId"));
            }
            return files.find(input.fileId())
                    .filter(file -> KIND.equals(file.kind()))
                    .flatMap(file -> !file.sha256().equals(sha256)
                            ? fail(UserError.onInput(UserErrorCode.INVALID,
                                    "The SHA-256 does not match the uploaded file: upload it again", "sha256"))
                            : attach(current, file, input.expectedVersion()))
                    .switchIfEmpty(Mono.defer(() -> fail(UserError.onInput(UserErrorCode.NOT_FOUND,
                            "No uploaded document with this ID: upload the file again", "fileId"))));
        }).switchIfEmpty(Mono.defer(() -> fail(ConsentMutations.NOT_FOUND)));
    }

    private Mono<AttachConsentDocumentPayload> attach(Consent current, StoredFile file, int expectedVersion) {
        String target = GlobalId.encode(Consent.TYPE, current.id());
        return Mono.zip(files.claim(file.id(), KIND, target), CurrentCaller.required()).flatMap(claimed -> {
            Consent.Attachment document = new Consent.Attachment(file.id(), file.type().mediaType(), file.size(),
                    file.sha256(), clock.instant(), claimed.getT2().subject());
            return mongo.updateVersioned(current.id(), expectedVersion, Criteria.where("document").is(null),
                            new Update().set("document", document).set("updatedAt", clock.instant()), Consent.class)
                    .map(outcome -> UpdatePayloads.of(outcome, "consent", AttachConsentDocumentPayload::new));
        }).switchIfEmpty(Mono.defer(() -> fail(UserError.onInput(UserErrorCode.INVALID_STATE,
                "This file is attached to another consent", "fileId"))));
    }

    private static Mono<AttachConsentDocumentPayload> fail(UserError error) {
        return Mono.just(new AttachConsentDocumentPayload(null, List.of(error)));
    }
}
