package fr.peringenierie.site.revision;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import fr.peringenierie.site.web.BaseEntity;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Where the update that « Publier » runs lives for some kinds of tracked content. A
 * scheduled draft and a restored version are published through it too, so that they get
 * exactly what a person pressing the button gets: the checks, the cleaning of rich text,
 * the setters, the redirects, the audit log.
 */
public interface ContentPublisher {

	/**
	 * The kinds of content this publishes.
	 */
	List<Class<? extends BaseEntity>> publishedKinds();

	/**
	 * Publishes on the item {@code id} what {@code wanted} holds, as « Publier » would.
	 * @param wanted the item as it should read once published: a copy, never managed,
	 * holding a draft's or a version's values and the item's current version
	 * @throws Refused when the values can no longer be published (an address taken since,
	 * for instance), with the reason in French
	 */
	void publish(long id, BaseEntity wanted);

	/**
	 * Publishes a form made from the wanted values as « Publier » does: its checks first,
	 * whose first error is the refusal, then its update.
	 * @throws Refused when a check fails
	 */
	static <F> void publishChecked(F form, BiConsumer<F, Errors> checks, Consumer<F> update) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		checks.accept(form, errors);
		if (errors.hasErrors()) {
			throw new Refused(errors.getAllErrors().get(0).getDefaultMessage());
		}
		update.accept(form);
	}

	/**
	 * Values that can no longer be published, and why, in French.
	 */
	class Refused extends RuntimeException {

		public Refused(String reason) {
			super(reason);
		}

	}

}
