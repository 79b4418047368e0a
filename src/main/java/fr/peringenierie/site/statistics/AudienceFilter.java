package fr.peringenierie.site.statistics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around everything, the page cache included: once a GET is answered, tells the recorder
 * what was asked and how it was answered. Counting never fails a page.
 */
class AudienceFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(AudienceFilter.class);

	private final AudienceRecorder recorder;

	AudienceFilter(AudienceRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		try {
			this.recorder.seen(request, response.getStatus(), response.getContentType());
		}
		catch (RuntimeException ex) {
			logger.debug("Vue non comptée", ex);
		}
	}

}
