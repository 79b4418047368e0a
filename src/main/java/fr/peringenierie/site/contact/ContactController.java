package fr.peringenierie.site.contact;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.peringenierie.site.web.PageMeta;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The contact form: validated, limited per client, stored, then confirmed on a page of
 * its own (Post/Redirect/Get).
 */
@Controller
class ContactController {

	static final String FORM_VIEW = "contact/form";

	private final ContactDesk desk;

	private final ContactSubjects subjects;

	private final ContactRateLimiter rateLimiter;

	private final ContactProperties properties;

	ContactController(ContactDesk desk, ContactSubjects subjects, ContactRateLimiter rateLimiter,
			ContactProperties properties) {
		this.desk = desk;
		this.subjects = subjects;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
	}

	@GetMapping("/contact")
	String form(Model model) {
		model.addAttribute("contactForm", ContactForm.blank());
		return showForm(model);
	}

	@PostMapping("/contact")
	String send(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!this.rateLimiter.tryAcquire(request.getRemoteAddr())) {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return null;
		}
		Optional<ContactSubjects.Subject> subject = this.subjects.find(form.getSubject());
		if (!result.hasFieldErrors("subject") && subject.isEmpty()) {
			result.rejectValue("subject", "unknown", "Choisissez l’objet de votre demande dans la liste.");
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			this.desk.receive(form, subject.get().label());
		}
		catch (ContactDesk.DuplicateSubmissionException ex) {
			// Already stored by the other click: the prospect sees the same confirmation.
		}
		return "redirect:/contact/merci";
	}

	@GetMapping("/contact/merci")
	String thanks(Model model) {
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta
					.of("Demande envoyée",
							"Votre demande a bien été enregistrée et transmise à l’équipe de PER INGÉNIERIE.")
					.under("Contact", "/contact"));
		return "contact/thanks";
	}

	private String showForm(Model model) {
		model.addAttribute("subjects", this.subjects.all());
		model.addAttribute("retention", this.properties.retentionInWords());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Nous contacter",
				"Écrivez à PER INGÉNIERIE : structure, énergies, maîtrise d’œuvre d’exécution, assistance à maîtrise d’ouvrage."));
		return FORM_VIEW;
	}

}
