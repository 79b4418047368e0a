package fr.peringenierie.site.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Someone signed in with a password generated for them goes nowhere in the back office
 * but the page where they choose their own.
 */
@Component
public class TemporaryPasswordInterceptor implements HandlerInterceptor {

	/** Session attribute set at sign-in while the password is a generated one. */
	static final String PASSWORD_CHANGE_REQUIRED = TemporaryPasswordInterceptor.class.getName() + ".required";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(PASSWORD_CHANGE_REQUIRED) == null) {
			return true;
		}
		// The mapping that matched, whatever the spelling of the address.
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (AccountController.PATH.equals(pattern) || "/admin/session".equals(pattern)) {
			return true;
		}
		response.sendRedirect(request.getContextPath() + AccountController.PATH);
		return false;
	}

}
