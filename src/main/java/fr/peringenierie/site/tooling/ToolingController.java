package fr.peringenierie.site.tooling;

import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.sitewide.PageTexts;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Moyens techniques": the software the design office works with.
 */
@Controller
class ToolingController {

	private final ToolCategoryRepository categories;

	private final SiteWideContent siteWide;

	private final Messages messages;

	ToolingController(ToolCategoryRepository categories, SiteWideContent siteWide, Messages messages) {
		this.messages = messages;
		this.categories = categories;
		this.siteWide = siteWide;
	}

	@GetMapping("/moyens-techniques")
	@PublicPage
	String tools(Model model) {
		PageTexts texts = this.siteWide.texts();
		model.addAttribute("categories", this.categories.findAllWithTools());
		model.addAttribute("texts", texts);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.tools.title"), texts.get("tools.intro")));
		return "tooling/tools";
	}

}
