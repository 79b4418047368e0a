package fr.peringenierie.site.shell;

import fr.peringenierie.site.project.ProjectGallery;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site map for people: every page by its name, grouped as the navigation groups them
 * (the XML sitemap stays for search engines).
 */
@Controller
class SiteMapController {

	private final ProjectGallery gallery;

	private final Messages messages;

	SiteMapController(ProjectGallery gallery, Messages messages) {
		this.gallery = gallery;
		this.messages = messages;
	}

	@GetMapping("/plan-du-site")
	@PublicPage
	String siteMap(Model model) {
		model.addAttribute("projects", this.gallery.published());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.site-map.title"), this.messages.get("page.site-map.description")));
		return "shell/site-map";
	}

}
