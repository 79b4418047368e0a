package fr.peringenierie.site.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The French texts of {@code messages.properties}, for the controllers that put them in a
 * page, a flash message or a form error.
 */
@Component
public class Messages {

	private final MessageSource source;

	public Messages(MessageSource source) {
		this.source = source;
	}

	/**
	 * The text of a code, with its arguments (given as text, so that no number is
	 * reformatted).
	 */
	public String get(String code, Object... arguments) {
		return this.source.getMessage(code, arguments, FrenchLocaleFilter.LOCALE);
	}

}
