package fr.peringenierie.site.contact;

import java.util.List;

import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PersonalDataNotice;
import fr.peringenierie.site.web.PublicPage;
import fr.peringenierie.site.web.Messages;

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

	private final Messages messages;

	private final List<PersonalDataNotice> notices;

	PrivacyController(ContactProperties properties, Messages messages, List<PersonalDataNotice> notices) {
		this.notices = notices;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/confidentialite")
	@PublicPage
	String privacy(Model model) {
		model.addAttribute("retention", this.properties.retentionInWords());
		model.addAttribute("notices", this.notices);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.privacy.title"), this.messages.get("page.privacy.description")));
		return "contact/privacy";
	}

}
