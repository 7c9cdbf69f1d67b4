package io.carepulse.devidp.tokens;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token}: one signed JWT as plain text, for {@code make token}. Unauthenticated by
 * design, so it answers loopback callers only.
 */
@RestController
@ConditionalOnBooleanProperty(name = "carepulse.idp.dev-tokens.enabled", matchIfMissing = true)
class DevTokenController {

	static final String PATH = "/dev/token";

	private final DevTokenMinter minter;

	DevTokenController(DevTokenMinter minter) {
		this.minter = minter;
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> token(DevTokenRequest request, HttpServletRequest http) {
		if (!isLoopback(http.getRemoteAddr())) {
			return plainText(HttpStatus.FORBIDDEN, "Dev tokens are issued to loopback callers only.");
		}
		return plainText(HttpStatus.OK, this.minter.mint(request));
	}

	@ExceptionHandler
	ResponseEntity<String> invalidRequest(InvalidDevTokenRequest ex) {
		return plainText(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private static boolean isLoopback(String remoteAddress) {
		try {
			// An IP literal, so no DNS lookup happens here.
			return InetAddress.getByName(remoteAddress).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static ResponseEntity<String> plainText(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
	}

}
