package fr.peringenierie.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of what was typed answers with a client-error status: 409
 * when another user saved first, 400 for invalid input. The page itself is the form with
 * its messages, so people see no difference; clients and tests do.
 */
public class FormErrorStatusInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || response.getStatus() != HttpStatus.OK.value()
				|| (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))) {
			return;
		}
		for (Object value : modelAndView.getModel().values()) {
			if (value instanceof BindingResult result && result.hasErrors()) {
				boolean conflict = result.getGlobalErrors()
					.stream()
					.anyMatch((error) -> "conflict".equals(error.getCode()));
				response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
				return;
			}
		}
	}

}
