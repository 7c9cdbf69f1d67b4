package io.carepulse.feedback;

import reactor.core.publisher.Mono;

/**
 * Where a captcha provider plugs into the public feedback form: a bean of this type replaces the
 * default, which accepts every submission (the per-address quota still applies). A provider's
 * check verifies {@code token} with the provider's API for the submitting {@code address}.
 */
public interface CaptchaCheck {

    Mono<Boolean> passes(String token, String address);
}
