package fr.peringenierie.site.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * The database cannot be reached while a request needs it before any page could be drawn
 * (the back-office session is kept in the database), or while a form is being saved: a
 * French 503 at once, within the pool's connection timeout, drawn without the database; a
 * form comes back with what was typed, ready to be sent again. Sits ahead of the session
 * layer, so that nothing after it needs the database to answer.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

	static final String VIEW = "error/outage";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ViewResolver views;

	public DatabaseOutageFilter(ViewResolver views) {
		this.views = views;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
				throw failure;
			}
			logger.warn("Base de données injoignable pour {} {} : {}", request.getMethod(), address(request),
					DatabaseOutage.rootMessage(failure));
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		SecurityHeaders.writeTo(response);
		boolean form = "POST".equals(request.getMethod());
		String contentType = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
		try {
			View view = this.views.resolveViewName(VIEW, Locale.FRANCE);
			if (view == null) {
				throw new IllegalStateException("Gabarit introuvable : " + VIEW);
			}
			view.render(Map.of("form", form, "resendable",
					form && contentType.startsWith("application/x-www-form-urlencoded"), "action", address(request),
					"fields", form ? fields(request) : List.of()), request, response);
		}
		catch (Exception ex) {
			throw new IOException("Page « base injoignable » non affichée", ex);
		}
	}

	/** Where the form was sent, to send it there again. */
	private static String address(HttpServletRequest request) {
		return UrlPathHelper.defaultInstance.getOriginatingRequestUri(request);
	}

	private static List<Field> fields(HttpServletRequest request) {
		List<Field> fields = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!AdminForms.isSecret(name)) {
				for (String value : values) {
					fields.add(new Field(name, value, AdminForms.isMachinery(name)));
				}
			}
		});
		return fields;
	}

	/** A field of the form that could not be saved. */
	public record Field(String name, String value, boolean hidden) {

	}

}
