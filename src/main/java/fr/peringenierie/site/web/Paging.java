package fr.peringenierie.site.web;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Pages of a list as a person asks for them in the address bar: a page before the first
 * is the first, a page past the last is the last, whatever the number typed.
 */
public final class Paging {

	private Paging() {
	}

	/**
	 * Reads the requested page, or the nearest one that exists.
	 */
	public static <T> Page<T> clamped(int requested, int size, Sort sort, Function<Pageable, Page<T>> query) {
		// The row offset (page × size) must stay a valid int for the database.
		int lastReachable = Integer.MAX_VALUE / size - 1;
		int number = Math.min(Math.max(requested, 0), lastReachable);
		Page<T> page = query.apply(PageRequest.of(number, size, sort));
		if (page.getContent().isEmpty() && number > 0 && page.getTotalPages() > 0) {
			page = query.apply(PageRequest.of(page.getTotalPages() - 1, size, sort));
		}
		return page;
	}

}
