package fr.peringenierie.site.company;

import fr.peringenierie.site.contact.ContactProperties;
import fr.peringenierie.site.web.HtmlText;
import fr.peringenierie.site.web.PageMeta;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages about the company: édito, history, legal notice and privacy policy.
 */
@Controller
class CompanyController {

	private final CompanyContent content;

	private final ContactProperties contactProperties;

	CompanyController(CompanyContent content, ContactProperties contactProperties) {
		this.content = content;
		this.contactProperties = contactProperties;
	}

	@GetMapping("/edito")
	String edito(Model model) {
		Edito edito = this.content.edito();
		model.addAttribute("edito", edito);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(edito.getTitle(), HtmlText.excerpt(edito.getBody(), 160)));
		return "company/edito";
	}

	@GetMapping("/histoire")
	String history(Model model) {
		PageTexts texts = this.content.texts();
		model.addAttribute("milestones", this.content.milestones());
		model.addAttribute("texts", texts);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of("Notre histoire", HtmlText.excerpt(texts.get("history.quote"), 160)));
		return "company/history";
	}

	@GetMapping("/mentions-legales")
	String legalNotice(Model model) {
		model.addAttribute("settingList", this.content.settingList());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Mentions légales",
				"Éditeur, directeur de la publication et hébergeur du site de PER INGÉNIERIE."));
		return "company/legal-notice";
	}

	@GetMapping("/confidentialite")
	String privacy(Model model) {
		model.addAttribute("retention", this.contactProperties.retentionInWords());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Politique de confidentialité",
				"Comment PER INGÉNIERIE traite les données personnelles des visiteurs et des personnes qui la contactent."));
		return "company/privacy";
	}

}
