package fr.peringenierie.site.news;

import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * « Actualités »: the list of posts, a page per post, and their Atom feed.
 */
@Controller
class NewsController {

	private final NewsDesk desk;

	private final Messages messages;

	NewsController(NewsDesk desk, Messages messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping(NewsPost.LIST_PATH)
	@PublicPage(parameters = { "page", "categorie" })
	String list(@RequestParam(name = "page", defaultValue = "1") String pageNumber,
			@RequestParam(name = "categorie", defaultValue = "") String categorySlug, Model model) {
		NewsCategory category = null;
		if (!categorySlug.isEmpty()) {
			category = NewsCategory.bySlug(categorySlug)
				.orElseThrow(() -> new ResourceNotFoundException("Catégorie inconnue : " + categorySlug));
		}
		Page<NewsPost> page = this.desk.page(number(pageNumber), category);
		model.addAttribute("posts", page);
		model.addAttribute("category", category);
		model.addAttribute("categories", NewsCategory.values());
		String query = query(category, page.getNumber() + 1);
		model.addAttribute(PageMeta.CANONICAL_QUERY, query.isEmpty() ? null : query);
		model.addAttribute("newerPage", page.hasPrevious() ? address(category, page.getNumber()) : null);
		model.addAttribute("olderPage", page.hasNext() ? address(category, page.getNumber() + 2) : null);
		String title = this.messages.get("page.news.title");
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				(category != null)
						? PageMeta.of(category.getLabel(), this.messages.get("page.news.description"))
							.under(title, NewsPost.LIST_PATH)
						: PageMeta.of(title, this.messages.get("page.news.description")));
		return "news/list";
	}

	/**
	 * The address of a page of the list, without parameters it does not need.
	 */
	private static String address(NewsCategory category, int number) {
		String query = query(category, number);
		return NewsPost.LIST_PATH + (query.isEmpty() ? "" : "?" + query);
	}

	private static String query(NewsCategory category, int number) {
		String categoryPart = (category != null) ? "categorie=" + category.getSlug() : "";
		String pagePart = (number > 1) ? "page=" + number : "";
		return categoryPart + ((!categoryPart.isEmpty() && !pagePart.isEmpty()) ? "&" : "") + pagePart;
	}

	/** A page number as typed in the address bar: anything but a number is the first. */
	private static int number(String typed) {
		try {
			return Math.max(1, Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	@GetMapping(NewsPost.LIST_PATH + "/{slug}")
	@PublicPage
	String show(@PathVariable String slug, Model model) {
		NewsPost post = this.desk.findOnline(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Actualité inconnue : " + slug));
		model.addAttribute("post", post);
		model.addAttribute(PageMeta.STRUCTURED_DATA, this.desk.structuredData(post));
		model.addAttribute(PageMeta.SHARED_IMAGE, this.desk.imageUrl(post));
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of(post.getTitle(), post.getSummary())
			.under(this.messages.get("page.news.title"), NewsPost.LIST_PATH));
		return "news/show";
	}

	@GetMapping(path = NewsDesk.FEED_PATH, produces = MediaType.APPLICATION_ATOM_XML_VALUE)
	@PublicPage(inSitemap = false)
	@ResponseBody
	String feed() {
		return this.desk.feed();
	}

}
