package fr.peringenierie.site.contact;

import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy policy: what becomes of the personal data a prospect sends, and for how
 * long it is kept (the same setting as the purge).
 */
@Controller
class PrivacyController {

	private final ContactProperties properties;

	PrivacyController(ContactProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/confidentialite")
	@PublicPage
	String privacy(Model model) {
		model.addAttribute("retention", this.properties.retentionInWords());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Politique de confidentialité",
				"Comment PER INGÉNIERIE traite les données personnelles des visiteurs et des personnes qui la contactent."));
		return "contact/privacy";
	}

}
