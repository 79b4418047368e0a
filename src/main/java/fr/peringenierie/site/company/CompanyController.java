package fr.peringenierie.site.company;

import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.sitewide.PageTexts;
import fr.peringenierie.site.web.HtmlText;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages about the company: its édito and its history.
 */
@Controller
class CompanyController {

	private final CompanyContent content;

	private final SiteWideContent siteWide;

	private final Messages messages;

	CompanyController(CompanyContent content, SiteWideContent siteWide, Messages messages) {
		this.messages = messages;
		this.content = content;
		this.siteWide = siteWide;
	}

	@GetMapping("/edito")
	@PublicPage
	String edito(Model model) {
		Edito edito = this.content.edito();
		model.addAttribute("edito", edito);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(edito.getTitle(), HtmlText.excerpt(edito.getBody(), 160)));
		return "company/edito";
	}

	@GetMapping("/histoire")
	@PublicPage
	String history(Model model) {
		PageTexts texts = this.siteWide.texts();
		model.addAttribute("milestones", this.content.milestones());
		model.addAttribute("texts", texts);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of(this.messages.get("page.history.title"),
				HtmlText.excerpt(texts.get("history.quote"), 160)));
		return "company/history";
	}

}
