package fr.peringenierie.site.sitewide;

import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The legal notice, made of the company details.
 */
@Controller
class LegalNoticeController {

	private final SiteWideContent content;

	private final Messages messages;

	LegalNoticeController(SiteWideContent content, Messages messages) {
		this.messages = messages;
		this.content = content;
	}

	@GetMapping("/mentions-legales")
	@PublicPage
	String legalNotice(Model model) {
		model.addAttribute("settingList", this.content.publisherDetails());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.legal.title"), this.messages.get("page.legal.description")));
		return "sitewide/legal-notice";
	}

}
