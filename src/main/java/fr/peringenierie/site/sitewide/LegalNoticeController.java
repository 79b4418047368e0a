package fr.peringenierie.site.sitewide;

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

	LegalNoticeController(SiteWideContent content) {
		this.content = content;
	}

	@GetMapping("/mentions-legales")
	@PublicPage
	String legalNotice(Model model) {
		model.addAttribute("settingList", this.content.settingList());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Mentions légales",
				"Éditeur, directeur de la publication et hébergeur du site de PER INGÉNIERIE."));
		return "sitewide/legal-notice";
	}

}
