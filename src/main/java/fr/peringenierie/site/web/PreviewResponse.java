package fr.peringenierie.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * The response of a preview: a public page rendered for staff only, never indexed and
 * never kept by a cache, whatever the page's own controller says about caching. Its
 * layout shows that it is a preview ({@value #NOTICE} request attribute).
 */
public final class PreviewResponse extends HttpServletResponseWrapper {

	/** The request attribute, read by the public layout, that marks a preview. */
	public static final String NOTICE = "previewNotice";

	private PreviewResponse(HttpServletResponse response) {
		super(response);
	}

	public static PreviewResponse of(HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(NOTICE, "Aperçu réservé à l’équipe : cette version n’est pas (encore) en ligne.");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		return new PreviewResponse(response);
	}

	@Override
	public void setHeader(String name, String value) {
		if (!isCaching(name)) {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (!isCaching(name)) {
			super.addHeader(name, value);
		}
	}

	@Override
	public void setDateHeader(String name, long date) {
		if (!isCaching(name)) {
			super.setDateHeader(name, date);
		}
	}

	@Override
	public void addDateHeader(String name, long date) {
		if (!isCaching(name)) {
			super.addDateHeader(name, date);
		}
	}

	private static boolean isCaching(String name) {
		return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || HttpHeaders.ETAG.equalsIgnoreCase(name)
				|| HttpHeaders.LAST_MODIFIED.equalsIgnoreCase(name) || HttpHeaders.EXPIRES.equalsIgnoreCase(name);
	}

}
