package io.carepulse.devidp.tokens;

/** A dev-token request naming something that does not exist; its message goes back to the caller. */
class InvalidDevTokenRequest extends RuntimeException {

	InvalidDevTokenRequest(String message) {
		super(message);
	}

}
