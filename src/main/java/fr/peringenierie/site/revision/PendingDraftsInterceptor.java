package fr.peringenierie.site.revision;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the back office's lists which items have unpublished changes, so that each shows
 * "Brouillon" beside them: one small query per back-office page.
 */
@Component
public class PendingDraftsInterceptor implements HandlerInterceptor {

	private final Drafts drafts;

	PendingDraftsInterceptor(Drafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view != null && view.getViewName() != null && view.getViewName().startsWith("admin/")
				&& !view.getViewName().equals("admin/login")) {
			view.addObject("pendingDrafts", new PendingDrafts(this.drafts.pendingKeys()));
		}
	}

	/**
	 * The items that have a draft.
	 */
	public record PendingDrafts(Set<String> keys) {

		public boolean has(String type, Long id) {
			return id != null && this.keys.contains(type + ":" + id);
		}

	}

}
