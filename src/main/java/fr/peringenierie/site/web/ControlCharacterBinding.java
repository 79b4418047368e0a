package fr.peringenierie.site.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * No text a form or an address carries may hold a control character (a NUL byte, an
 * escape, a bell…): PostgreSQL cannot store a NUL, and none has a place in a page. Tabs
 * and line breaks are text. Refused where the text is bound: a form comes back with the
 * field's message and what was typed, a query or path parameter gets the French 400.
 */
@ControllerAdvice
class ControlCharacterBinding {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (text != null && !isText(text)) {
					throw new IllegalArgumentException("Caractère de contrôle dans la saisie");
				}
				setValue(text);
			}

		});
	}

	static boolean isText(String value) {
		return value.codePoints().noneMatch((c) -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
	}

}
