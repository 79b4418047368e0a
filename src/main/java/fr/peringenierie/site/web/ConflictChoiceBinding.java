package fr.peringenierie.site.web;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;

import org.springframework.beans.BeanUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * « Remplacer la version en ligne par la mienne », pressed after a conflict: the form is
 * saved against the version that was shown as online ({@link AdminForms#ONLINE_VERSION}),
 * not the one it was opened from. A version published after that one still stops it: a
 * person replaces only what she has seen.
 */
@ControllerAdvice
class ConflictChoiceBinding {

	@InitBinder
	void replaceTheVersionShown(WebDataBinder binder, WebRequest request) {
		// Only a form being saved is concerned; reading a parameter of anything else (an
		// error page drawn for an upload far too large, say) would parse its body.
		if (!(request instanceof ServletWebRequest servlet) || servlet.getHttpMethod() != HttpMethod.POST
				|| !hasVersion(binder)) {
			return;
		}
		String online = request.getParameter(AdminForms.ONLINE_VERSION);
		if (!AdminForms.REPLACE.equals(request.getParameter("action")) || online == null
				|| !online.matches("\\d{1,18}")) {
			return;
		}
		PropertyEditorSupport shown = new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(Long.valueOf(online));
			}

		};
		binder.registerCustomEditor(long.class, "version", shown);
		binder.registerCustomEditor(Long.class, "version", shown);
	}

	/** Whether the form bound has a version (its object may be made after this). */
	private static boolean hasVersion(WebDataBinder binder) {
		Class<?> form = (binder.getTarget() != null) ? binder.getTarget().getClass()
				: (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
		if (form == null) {
			return false;
		}
		PropertyDescriptor version = BeanUtils.getPropertyDescriptor(form, "version");
		return version != null && version.getWriteMethod() != null;
	}

}
