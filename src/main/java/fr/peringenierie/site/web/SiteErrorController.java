package fr.peringenierie.site.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Answers every error with a French page in the site's layout, whatever the client asked
 * for, and never with details of what went wrong inside: no stack trace, no framework
 * name, no SQL.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

	static final String VIEW = "error/page";

	private final Messages messages;

	private final List<MovedAddresses> movedAddresses;

	SiteErrorController(Messages messages, List<MovedAddresses> movedAddresses) {
		this.messages = messages;
		this.movedAddresses = movedAddresses;
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		// An error Tomcat dispatched here for a request the security chain never saw
		// (TRACE, say) gets the headers all the same.
		SecurityHeaders.writeTo(response);
		HttpStatus status = statusOf(request);
		Optional<String> moved = (status == HttpStatus.NOT_FOUND) ? newAddress(request) : Optional.empty();
		if (moved.isPresent()) {
			RedirectView redirect = new RedirectView(moved.get(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			return new ModelAndView(redirect);
		}
		String key = messageKey(status);
		String title = this.messages.get(key + ".title");
		String message = this.messages.get(key + ".message");
		Map<String, Object> model = Map.of("status", status.value(), "message", message, PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(title, message));
		return new ModelAndView(VIEW, model, status);
	}

	/**
	 * Where a page asked for by its old address now lives (for reading requests only).
	 */
	private Optional<String> newAddress(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(uri instanceof String path)
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return Optional.empty();
		}
		String withinSite = path.substring(request.getContextPath().length());
		// Checked again as it is served: a target stored before the rule, or written
		// into the database by other means, never sends a visitor to another site.
		return this.movedAddresses.stream()
			.map((addresses) -> addresses.newAddress(withinSite))
			.flatMap(Optional::stream)
			.filter(SitePaths::isSitePath)
			.findFirst();
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		// Reached without an error (someone typed /error): nothing here.
		return HttpStatus.NOT_FOUND;
	}

	/**
	 * The messages that tell a visitor about an error status: one text per kind of error.
	 */
	static String messageKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND, FORBIDDEN, METHOD_NOT_ALLOWED, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE ->
				"error." + status.value();
			// 413 resolves to CONTENT_TOO_LARGE, the name HTTP uses now.
			case CONTENT_TOO_LARGE -> "error.413";
			case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG -> "error.431";
			case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> "error.415";
			default -> status.is4xxClientError() ? "error.4xx" : "error.5xx";
		};
	}

}
