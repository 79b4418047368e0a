package fr.peringenierie.site.web;

import java.time.LocalDate;
import java.util.List;

/**
 * What other public pages say about an item: the news posts that mention a project or a
 * department, listed on its page. The page's feature asks; the feature that writes about
 * it answers, without either knowing the other.
 */
public interface Mentions {

	/**
	 * The published pages that mention the item, newest first.
	 */
	List<Mention> of(BaseEntity item);

	/**
	 * A page that mentions an item.
	 *
	 * @param title its title
	 * @param path its public address
	 * @param date when it was published
	 * @param kind what it is, as visitors read it ("Concours")
	 */
	record Mention(String title, String path, LocalDate date, String kind) {

	}

}
