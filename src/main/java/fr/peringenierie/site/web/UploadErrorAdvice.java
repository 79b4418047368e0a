package fr.peringenierie.site.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload that is too large or whose multipart body is malformed is the client's
 * mistake: it gets the French error page with a 4xx status, not a server error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrorAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

	@ExceptionHandler(MultipartException.class)
	void malformed(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
