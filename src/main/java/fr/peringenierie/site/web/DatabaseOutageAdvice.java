package fr.peringenierie.site.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that needs the database while it cannot be reached answers a French 503 with
 * {@code Retry-After}, never a 500; other data access failures stay server errors. Forms
 * and staff are answered by {@link DatabaseOutageFilter}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageAdvice {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseFailed(RuntimeException failure, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		// A form being saved, or a member of staff (whose error page would need the
		// session, kept in the database): the outage filter answers, without it, and
		// gives the form back with what was typed.
		if (!DatabaseOutage.isCause(failure) || "POST".equals(request.getMethod())
				|| request.getRequestedSessionId() != null) {
			throw failure;
		}
		logger.warn("Base de données injoignable pour {} {} : {}", request.getMethod(), request.getRequestURI(),
				failure.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
