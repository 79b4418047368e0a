package fr.peringenierie.site.admin;

import java.time.Duration;

import fr.peringenierie.site.web.StaffRole;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Around every back-office page: tells the page how long its session lasts, so that its
 * script can warn before it ends; and forgets a kept form once it has been saved, by its
 * author or, for a deactivated account, by an administrator.
 */
@Component
public class SessionExpiryInterceptor implements HandlerInterceptor {

	private final KeptForms keptForms;

	private final long sessionSeconds;

	SessionExpiryInterceptor(KeptForms keptForms,
			@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
		this.keptForms = keptForms;
		this.sessionSeconds = sessionTimeout.toSeconds();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null && !modelAndView.getViewName().startsWith("redirect:")) {
			modelAndView.addObject("sessionSeconds", this.sessionSeconds);
		}
	}

	/**
	 * A kept form posted again is forgotten once it went through: refused (invalid, or
	 * someone saved first) it stays until the form shown instead is saved.
	 */
	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex != null || response.getStatus() >= 400) {
			return;
		}
		String resumed = request.getParameter(KeptForms.RESUMED);
		if (resumed != null) {
			this.keptForms.forget(resumed, request, response);
		}
		String takenUp = request.getParameter(KeptForms.TAKEN_UP);
		if (takenUp != null && request.isUserInRole(StaffRole.ADMIN.name())) {
			this.keptForms.forgetHandedOver(takenUp);
		}
	}

}
