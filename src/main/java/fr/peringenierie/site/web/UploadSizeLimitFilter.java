package fr.peringenierie.site.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload whose declared size is over the limit before anything reads it: left
 * to the multipart parser, it would fail inside the first filter that reads a form field
 * (the CSRF check), and the sender would read that the form had expired instead of that
 * the file is too large.
 */
public class UploadSizeLimitFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(UploadSizeLimitFilter.class);

	private final long maxRequestBytes;

	public UploadSizeLimitFilter(DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase().startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxRequestBytes) {
			logger.info("Envoi refusé : {} octets pour {} ({} au plus)", length, request.getRequestURI(),
					this.maxRequestBytes);
			// The French error page, reached as a plain GET: an error dispatch would keep
			// the
			// oversized multipart body, and the first filter to read a field would fail
			// on it.
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			request.getRequestDispatcher("/error").forward(new HttpServletRequestWrapper(request) {

				@Override
				public String getMethod() {
					return "GET";
				}

				@Override
				public String getContentType() {
					return null;
				}

				@Override
				public String getHeader(String name) {
					return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
				}

			}, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
