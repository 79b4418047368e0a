package fr.peringenierie.site.redirect;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import fr.peringenierie.site.web.Slugs;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The address of a page of content with one page per item (a post, an offer): made from
 * its title when left blank, and refused when another item, an item in the bin or an old
 * address redirected elsewhere holds it. Written once for every such kind.
 */
@Component
public class PageAddresses {

	private final Redirects redirects;

	PageAddresses(Redirects redirects) {
		this.redirects = redirects;
	}

	/**
	 * Checks the address field {@code slug} of a form, and fills it from the title when
	 * it is blank.
	 * @param typed the address typed, possibly blank
	 * @param title the item's title, to make an address from
	 * @param id the item's id, {@code null} for a new one
	 * @return the address to keep (maybe made from the title), or {@code null} if refused
	 */
	@Transactional(readOnly = true)
	public String check(Kind kind, String typed, String title, Long id, Errors errors) {
		String current = (id != null) ? kind.address(kind.slugOf(id)) : null;
		if (errors.hasFieldErrors("slug")) {
			return null;
		}
		if (typed == null || typed.isBlank()) {
			if (title == null || title.isBlank()) {
				return null;
			}
			String made = Slugs.unique(title, 120, (slug) -> problem(kind, slug, id, current).isPresent());
			if (made.isEmpty()) {
				errors.rejectValue("slug", "required",
						"Saisissez l’adresse de la page : le titre ne contient ni lettre ni chiffre pour la former.");
				return null;
			}
			return made;
		}
		String slug = typed.strip();
		Optional<String> problem = problem(kind, slug, id, current);
		problem.ifPresent((message) -> errors.rejectValue("slug", "taken", message));
		return problem.isPresent() ? null : slug;
	}

	private Optional<String> problem(Kind kind, String slug, Long id, String current) {
		Optional<Long> owner = kind.idWithSlug().apply(slug);
		if (owner.isPresent() && !owner.get().equals(id)) {
			return Optional.of("Cette adresse est déjà celle " + kind.another() + ".");
		}
		if (kind.inBin().test(slug)) {
			return Optional.of("Cette adresse est celle " + kind.another()
					+ " de la corbeille : restaurez-la ou choisissez une autre adresse.");
		}
		if (this.redirects.leadsElsewhere(kind.address(slug), current)) {
			return Optional
				.of("Cette adresse mène déjà à une autre page (ancienne adresse redirigée) : choisissez-en une autre.");
		}
		return Optional.empty();
	}

	/**
	 * A page that visitors could reach changed address: the old one keeps leading to it.
	 */
	public void moved(String from, String to) {
		this.redirects.moved(from, to);
	}

	/**
	 * How a kind of content holds its addresses.
	 *
	 * @param prefix the public address before the slug, such as {@code /actualites/}
	 * @param another the kind in a sentence: "d’une autre actualité"
	 * @param idWithSlug the item holding an address, out of the bin
	 * @param inBin whether an item in the bin holds an address
	 * @param slugById the address of an item by its id
	 */
	public record Kind(String prefix, String another, Function<String, Optional<Long>> idWithSlug,
			Predicate<String> inBin, Function<Long, String> slugById) {

		public String address(String slug) {
			return this.prefix + slug;
		}

		String slugOf(long id) {
			return this.slugById.apply(id);
		}

	}

}
