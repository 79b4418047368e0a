package fr.peringenierie.site.tooling;

import fr.peringenierie.site.company.CompanyContent;
import fr.peringenierie.site.company.PageTexts;
import fr.peringenierie.site.web.PageMeta;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Moyens techniques": the software the design office works with.
 */
@Controller
class ToolingController {

	private final ToolCategoryRepository categories;

	private final CompanyContent company;

	ToolingController(ToolCategoryRepository categories, CompanyContent company) {
		this.categories = categories;
		this.company = company;
	}

	@GetMapping("/moyens-techniques")
	String tools(Model model) {
		PageTexts texts = this.company.texts();
		model.addAttribute("categories", this.categories.findAllWithTools());
		model.addAttribute("texts", texts);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Nos moyens techniques", texts.get("tools.intro")));
		return "tooling/tools";
	}

}
