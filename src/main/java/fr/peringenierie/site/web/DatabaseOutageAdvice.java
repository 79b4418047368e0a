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
 * {@code Retry-After}, never a 500; other data access failures stay server errors.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageAdvice {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseFailed(RuntimeException failure, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!DatabaseOutage.isCause(failure)) {
			throw failure;
		}
		logger.warn("Base de données injoignable pour {} {} : {}", request.getMethod(), request.getRequestURI(),
				failure.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
