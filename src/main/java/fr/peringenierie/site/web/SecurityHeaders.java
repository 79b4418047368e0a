package fr.peringenierie.site.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of the site carries. Spring Security writes them on the
 * answers that go through its chain; this writes them on the others: Tomcat's own error
 * pages, requests its firewall refuses, error pages dispatched by Tomcat for a request
 * the application never saw.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

	/** Writes the headers of an error answer, unless the security chain already did. */
	public static void writeTo(HttpServletResponse response) {
		if (response.containsHeader("Content-Security-Policy")) {
			return;
		}
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
	}

}
