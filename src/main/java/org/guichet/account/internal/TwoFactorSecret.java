package org.guichet.account.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.nayuki.qrcodegen.QrCode;
import org.apache.commons.codec.binary.Base32;

import org.springframework.web.util.HtmlUtils;

/**
 * A TOTP secret (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, as every authenticator
 * app reads), with what enrolling shows: the {@code otpauth:} link and its QR code.
 *
 * @param base32 the secret, as typed into an app by hand
 */
public record TwoFactorSecret(String base32) {

	private static final Duration STEP = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	static TwoFactorSecret generate() {
		byte[] key = new byte[20];
		RANDOM.nextBytes(key);
		return new TwoFactorSecret(new Base32().encodeToString(key).replace("=", ""));
	}

	/**
	 * @return the time step the code matches, within one step either way of now, if any
	 */
	OptionalLong matchingStep(String code, Instant now) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, 6);
		SecretKeySpec key = new SecretKeySpec(new Base32().decode(this.base32), "HmacSHA1");
		long current = now.getEpochSecond() / STEP.getSeconds();
		for (long step = current - 1; step <= current + 1; step++) {
			try {
				String expected = String.format("%06d",
						totp.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds())));
				if (expected.equals(code.strip())) {
					return OptionalLong.of(step);
				}
			}
			catch (InvalidKeyException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * @return the link an authenticator app reads
	 */
	public String otpauthUri(String issuer, String account) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + this.base32 + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	/**
	 * @param title the image's accessible name, in the reader's language
	 * @return the link as an SVG QR code (our own markup, safe to put in a page)
	 */
	public String qrCodeSvg(String issuer, String account, String title) {
		QrCode qr = QrCode.encodeText(otpauthUri(issuer, account), QrCode.Ecc.MEDIUM);
		int border = 4;
		int size = qr.size + border * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"220\" height=\"220\" role=\"img\" aria-labelledby=\"qr-title\"><title id=\"qr-title\">"
				+ HtmlUtils.htmlEscape(title, "UTF-8")
				+ "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
				+ "\" fill=\"#000000\"/></svg>";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		return "TwoFactorSecret[hidden]";
	}

}
