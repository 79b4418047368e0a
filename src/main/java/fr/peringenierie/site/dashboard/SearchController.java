package fr.peringenierie.site.dashboard;

import java.util.Comparator;
import java.util.List;

import fr.peringenierie.site.contact.ContactRequest;
import fr.peringenierie.site.contact.ContactRequestRepository;
import fr.peringenierie.site.revision.ContentSearch;
import fr.peringenierie.site.sitewide.SiteSetting;
import fr.peringenierie.site.web.AdminForms;

import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's search box: any content, project or contact request, by its words.
 */
@Controller
class SearchController {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_REQUESTS = 50;

	private final ContentSearch contentSearch;

	private final ContactRequestRepository requests;

	SearchController(ContentSearch contentSearch, ContactRequestRepository requests) {
		this.contentSearch = contentSearch;
		this.requests = requests;
	}

	@GetMapping("/admin/recherche")
	String search(@RequestParam(name = "q", defaultValue = "") String query, Authentication authentication,
			Model model) {
		String typed = (query.length() > MAX_QUERY_LENGTH) ? query.substring(0, MAX_QUERY_LENGTH) : query.strip();
		boolean administrator = AdminForms.isAdministrator(authentication);
		List<String> words = ContentSearch.words(typed);
		model.addAttribute("query", typed);
		model.addAttribute("searched", !words.isEmpty());
		model.addAttribute("hits", this.contentSearch.search(typed,
				(item) -> !administrator && item instanceof SiteSetting setting && setting.isAdminOnly()));
		// Contact requests are read by those who answer them, not by contributors.
		model.addAttribute("requests", (words.isEmpty() || !AdminForms.publishes(authentication)) ? List.of()
				: matchingRequests(typed, words));
		return "admin/search";
	}

	/**
	 * The database narrows the requests on the longest word as typed; every word is then
	 * checked the way content is, accents aside.
	 */
	private List<ContactRequest> matchingRequests(String typed, List<String> words) {
		String longest = ContentSearch.typedWords(typed)
			.stream()
			.max(Comparator.comparingInt(String::length))
			.orElse("");
		String pattern = "%" + longest.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.requests.findContaining(pattern, Limit.of(MAX_REQUESTS * 4))
			.stream()
			.filter((request) -> ContentSearch.matches(words, request.getName(), request.getEmail(),
					request.getCompany(), request.getMessage()))
			.limit(MAX_REQUESTS)
			.toList();
	}

}
