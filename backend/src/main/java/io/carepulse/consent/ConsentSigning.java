package io.carepulse.consent;

import io.carepulse.consent.ConsentInputs.SignConsentRequestInput;
import io.carepulse.consent.ConsentPayloads.SignConsentRequestPayload;
import io.carepulse.platform.files.FileType;
import io.carepulse.platform.graphql.GlobalId;
import io.carepulse.platform.graphql.InputChecks;
import io.carepulse.platform.graphql.RateLimitedException;
import io.carepulse.platform.graphql.UserError;
import io.carepulse.platform.graphql.UserErrorCode;
import io.carepulse.platform.limits.CapabilityGuesses;
import io.carepulse.platform.limits.OperationLimitsInterceptor;
import io.carepulse.platform.security.CallerAuthentication;
import io.carepulse.platform.tenancy.CrossTenantAccess;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The patient's side of an online signing, without a login: the link's token opens the request,
 * the date of birth unlocks its text (five wrong ones lock it), and signing records the consent
 * ACTIVE under the request's own ID (so a request is signed once, whatever races or retries),
 * with the signed authorization rendered to PDF as its document. An unknown, used, cancelled,
 * expired or locked link all get the same answer, and an unknown one counts as a wrong guess of
 * the client's address. From the moment a link opens a request, the request acts as the patient
 * in the request's organisation.
 */
@Controller
class ConsentSigning {

    static final int SIGNATURE_MAX_BYTES = 1024 * 1024;
    static final UserError LINK_NOT_VALID = UserError.onInput(ConsentErrorCode.LINK_NOT_VALID,
            "This link is not valid any more: ask the clinic for a new one", "token");
    private static final String PNG_DATA_URL = "data:image/png;base64,";

    record PublicConsentRequest(String organizationName, boolean confirmed, int attemptsLeft, String patientName,
            List<AuthorizationText.Section> sections, List<StatementText> statements, Double readingGrade) {
    }

    record StatementText(ConsentStatementKind kind, String text) {
    }

    private final ConsentLinks links;
    private final CrossTenantAccess access;
    private final ConsentCrypto crypto;
    private final ConsentSignatures signatures;
    private final CapabilityGuesses guesses;
    private final Clock clock;

    ConsentSigning(ConsentLinks links, CrossTenantAccess access, ConsentCrypto crypto, ConsentSignatures signatures,
            CapabilityGuesses guesses, Clock clock) {
        this.links = links;
        this.access = access;
        this.crypto = crypto;
        this.signatures = signatures;
        this.guesses = guesses;
        this.clock = clock;
    }

    @QueryMapping
    Mono<PublicConsentRequest> consentRequest(@Argument String token, @Argument LocalDate dateOfBirth,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        String client = address == null ? "unknown" : address;
        OptionalLong wait = guesses.blocked(client);
        if (wait.isPresent()) {
            return Mono.error(new RateLimitedException("Too many wrong links from your network: try again in "
                    + wait.getAsLong() + " s", wait.getAsLong()));
        }
        return pending(token, client).flatMap(request -> {
            if (dateOfBirth == null) {
                return Mono.just(envelope(request, false));
            }
            return confirms(request, dateOfBirth).flatMap(confirmed -> confirmed ? content(request)
                    : failedAttempt(request).map(attempted -> envelope(attempted, false)));
        });
    }

    @MutationMapping
    Mono<SignConsentRequestPayload> signConsentRequest(@Argument SignConsentRequestInput input,
            @ContextValue(name = OperationLimitsInterceptor.CLIENT_ADDRESS, required = false) String address) {
        String client = address == null ? "unknown" : address;
        OptionalLong wait = guesses.blocked(client);
        if (wait.isPresent()) {
            return Mono.just(SignConsentRequestPayload.failed(UserError.onInput(UserErrorCode.RATE_LIMITED,
                    "Too many wrong links from your network: try again in " + wait.getAsLong() + " s", "token")));
        }
        return links.open(ConsentLinks.Kind.SIGN, input.token())
                .switchIfEmpty(Mono.fromRunnable(() -> guesses.failed(client)))
                .flatMap(link -> request(link).map(request -> new Opened(link, request)))
                .flatMap(opened -> confirms(opened.request(), input.dateOfBirth()).flatMap(confirmed -> confirmed
                        ? sign(opened, input, client)
                        : failedAttempt(opened.request()).map(after -> SignConsentRequestPayload.failed(
                                mismatch(after)))))
                .defaultIfEmpty(SignConsentRequestPayload.failed(LINK_NOT_VALID));
    }

    private record Opened(ConsentLinks.Link link, ConsentRequest request) {
    }

    private Mono<SignConsentRequestPayload> sign(Opened opened, SignConsentRequestInput input, String client) {
        ConsentRequest request = opened.request();
        InputChecks checks = new InputChecks(ConsentRules.LABELS);
        String name = checks.text("signerName", input.signerName(), ConsentRules.NAME_MAX, false);
        checks.check(name != null, ConsentErrorCode.HIPAA_164_508_C1_SIGNATURE_MISSING, "Type your full name",
                "signerName");
        String authority = checks.text("representativeAuthority", input.representativeAuthority(),
                ConsentRules.TEXT_MAX, false);
        boolean representative = input.signerKind() == ConsentSignerKind.REPRESENTATIVE;
        checks.check(!representative || authority != null, ConsentErrorCode.HIPAA_164_508_C1_SIGNATURE_MISSING,
                "Say what gives you the right to sign for the patient", "representativeAuthority");
        List<ConsentStatementKind> acknowledged = input.acknowledgedStatements() == null ? List.of()
                : input.acknowledgedStatements();
        for (ConsentStatementKind kind : request.statementKinds()) {
            checks.check(acknowledged.contains(kind), kind == ConsentStatementKind.REMUNERATION
                            ? ConsentErrorCode.HIPAA_164_508_A3_REMUNERATION_STATEMENT_MISSING
                            : ConsentErrorCode.HIPAA_164_508_C2_STATEMENT_MISSING,
                    "Tick the box to show you read this statement", "acknowledgedStatements", kind.name());
        }
        byte[] png = png(input.signature());
        checks.check(png != null, ConsentErrorCode.HIPAA_164_508_C1_SIGNATURE_MISSING,
                "Draw your signature in the box", "signature");
        if (!checks.ok()) {
            return Mono.just(new SignConsentRequestPayload(null, null, null, checks.errors(), null, null));
        }
        CallerAuthentication patient = CallerAuthentication.forPatient(request.organizationId(),
                request.patient().subjectId());
        return signatures.record(request, opened.link(), name, input.signerKind(), representative ? authority : null,
                        png, client)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(patient))
                .map(signed -> new SignConsentRequestPayload(signed.label(),
                        Base64.getEncoder().encodeToString(signed.pdf()), signed.revocationLink(), List.of(),
                        GlobalId.encode(Consent.TYPE, request.id()), patient))
                .defaultIfEmpty(SignConsentRequestPayload.failed(LINK_NOT_VALID));
    }

    /** The PNG a data URL carries, or null when it is not one or is too large. */
    static byte[] png(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PNG_DATA_URL)
                || dataUrl.length() > PNG_DATA_URL.length() + SIGNATURE_MAX_BYTES * 4 / 3 + 4) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
            return bytes.length <= SIGNATURE_MAX_BYTES && FileType.sniff(bytes) == FileType.PNG ? bytes : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The pending request a signing link opens; empty (and a wrong guess when unknown) otherwise. */
    private Mono<ConsentRequest> pending(String token, String client) {
        return links.open(ConsentLinks.Kind.SIGN, token)
                .switchIfEmpty(Mono.fromRunnable(() -> guesses.failed(client)))
                .flatMap(this::request);
    }

    private Mono<ConsentRequest> request(ConsentLinks.Link link) {
        Instant now = clock.instant();
        return access.byIdInOrganization(link.organizationId(), link.target(), ConsentRequest.class)
                .filter(request -> request.statusAt(now) == ConsentRequestStatus.PENDING);
    }

    private Mono<Boolean> confirms(ConsentRequest request, LocalDate dateOfBirth) {
        return dateOfBirth == null ? Mono.just(false)
                : crypto.decrypt(request.patient().dateOfBirth()).map(stored -> constantTimeEquals(stored,
                        dateOfBirth.toString()));
    }

    /** One more wrong date of birth; the fifth locks the request. Empty once locked. */
    private Mono<ConsentRequest> failedAttempt(ConsentRequest request) {
        String org = request.organizationId();
        Query open = Query.query(Criteria.where("_id").is(request.id()).and("status").is(ConsentRequestStatus.PENDING)
                .and("failedAttempts").lt(ConsentRequest.MAX_ATTEMPTS));
        Query spent = Query.query(Criteria.where("_id").is(request.id()).and("status").is(ConsentRequestStatus.PENDING)
                .and("failedAttempts").gte(ConsentRequest.MAX_ATTEMPTS));
        return access.updateInOrganization(org, open, new Update().inc("failedAttempts", 1)
                        .set("updatedAt", clock.instant()), ConsentRequest.class)
                .then(access.updateInOrganization(org, spent, new Update().set("status", ConsentRequestStatus.LOCKED)
                        .inc("version", 1), ConsentRequest.class))
                .then(access.byIdInOrganization(org, request.id(), ConsentRequest.class))
                .filter(after -> after.status() == ConsentRequestStatus.PENDING);
    }

    private static UserError mismatch(ConsentRequest after) {
        int left = ConsentRequest.MAX_ATTEMPTS - after.failedAttempts();
        return UserError.onInput(ConsentErrorCode.DATE_OF_BIRTH_MISMATCH, "That date of birth does not match: "
                + left + (left == 1 ? " try" : " tries") + " left", "dateOfBirth");
    }

    private static PublicConsentRequest envelope(ConsentRequest request, boolean confirmed) {
        return new PublicConsentRequest(request.organizationName(), confirmed,
                ConsentRequest.MAX_ATTEMPTS - request.failedAttempts(), null, null, null, null);
    }

    private Mono<PublicConsentRequest> content(ConsentRequest request) {
        List<AuthorizationText.Section> sections = AuthorizationText.of(request);
        List<StatementText> statements = request.statementKinds().stream().map(kind -> new StatementText(kind,
                ConsentWording.statement(kind, request.organizationName(), request.revocationInstructions(),
                        request.remunerationSource()))).toList();
        double grade = AuthorizationText.grade(sections, statements.stream().map(StatementText::text).toList());
        return crypto.decrypt(request.patient().name()).map(name -> new PublicConsentRequest(
                request.organizationName(), true, ConsentRequest.MAX_ATTEMPTS - request.failedAttempts(), name,
                sections, statements, grade));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
