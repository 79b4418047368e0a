package fr.peringenierie.site.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random keys the site gives browsers and people (kept forms, trusted browsers,
 * recovery codes), and how they are kept: hashed with SHA-256, enough for values this
 * random, never in the clear.
 */
final class Keys {

	private static final SecureRandom random = new SecureRandom();

	private Keys() {
	}

	/** 256 random bits, as 43 characters a cookie can carry. */
	static String random() {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 est toujours disponible", ex);
		}
	}

}
