package fr.peringenierie.site.contact;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.peringenierie.site.sitewide.SiteSettings;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.web.DatabaseOutage;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contact form: validated, limited per client, stored, then confirmed on a page of
 * its own (Post/Redirect/Get).
 */
@Controller
class ContactController {

	static final String FORM_VIEW = "contact/form";

	private static final Logger logger = LoggerFactory.getLogger(ContactController.class);

	private final ContactDesk desk;

	private final ContactSubjects subjects;

	private final ContactRateLimiter rateLimiter;

	private final ContactProperties properties;

	private final Messages messages;

	private final NotificationOutbox outbox;

	private final ContactRequestRepository requests;

	private final SiteWideContent siteWide;

	ContactController(ContactDesk desk, ContactSubjects subjects, ContactRateLimiter rateLimiter,
			ContactProperties properties, Messages messages, NotificationOutbox outbox,
			ContactRequestRepository requests, SiteWideContent siteWide) {
		this.outbox = outbox;
		this.requests = requests;
		this.siteWide = siteWide;
		this.messages = messages;
		this.desk = desk;
		this.subjects = subjects;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
	}

	/**
	 * The form's token is issued (as a cookie) before the page is written: once the first
	 * bytes of a page longer than the response buffer have gone out, no cookie can be
	 * added and the prospect's post would be refused.
	 */
	@ModelAttribute
	void issueTheFormTokenBeforeWriting(CsrfToken csrfToken) {
		csrfToken.getToken();
	}

	@GetMapping("/contact")
	@PublicPage(cacheable = false)
	String form(HttpServletRequest request, Model model) {
		model.addAttribute("contactForm",
				ContactForm.comingFrom(request.getHeader(HttpHeaders.REFERER), request.getServerName()));
		return showForm(model);
	}

	@PostMapping("/contact")
	String send(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String client = request.getRemoteAddr();
		String reference;
		try {
			Optional<ContactSubjects.Subject> subject = this.subjects.find(form.getSubject());
			if (!result.hasFieldErrors("subject") && subject.isEmpty()) {
				result.rejectValue("subject", "contact.subject.unknown");
			}
			if (result.hasErrors()) {
				return showFormAgain(model);
			}
			Duration wait = this.rateLimiter.tryAcquire(client);
			if (!wait.isZero()) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
				model.addAttribute("formProblem",
						this.rateLimiter.refusal(wait, this.siteWide.settings().display(SiteSettings.PHONE)));
				return showFormAgain(model);
			}
			reference = store(form, subject.get(), client);
		}
		catch (DataAccessException | TransactionException ex) {
			if (!DatabaseOutage.isCause(ex)) {
				throw ex;
			}
			logger.warn("Demande de contact non enregistrée, base de données injoignable : {}", ex.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			model.addAttribute("formProblem", this.messages.get("contact.database-down"));
			return showFormAgain(model);
		}
		// The confirmation names the request by its key: no session is needed to show its
		// reference and what was sent, and nobody can guess another's.
		return "redirect:/contact/merci?ref=" + reference;
	}

	/**
	 * Stores the request.
	 * @return the key it is stored under
	 */
	private String store(ContactForm form, ContactSubjects.Subject subject, String client) {
		boolean stored = false;
		try {
			ContactDesk.Receipt receipt = this.desk.receive(form, subject.label());
			stored = !receipt.alreadyStored();
			return receipt.request().getSubmissionKey();
		}
		catch (ContactDesk.DuplicateSubmissionException ex) {
			// Already stored by the other click: the prospect sees the same confirmation.
			return form.getSubmissionKey();
		}
		finally {
			if (!stored) {
				this.rateLimiter.release(client);
			}
		}
	}

	@GetMapping("/contact/merci")
	@PublicPage(cacheable = false, inSitemap = false)
	String thanks(@RequestParam(name = "ref", defaultValue = "") String reference, Model model) {
		if (reference.matches("[A-Za-z0-9-]{16,64}")) {
			this.requests.findBySubmissionKey(reference).ifPresent((request) -> model.addAttribute("request", request));
		}
		model.addAttribute("teamNotified", this.outbox.hasRecipient());
		model.addAttribute("noindex", true);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.thanks.title"), this.messages.get("page.thanks.description"))
					.under("Contact", "/contact"));
		return "contact/thanks";
	}

	private String showForm(Model model) {
		return showForm(model, this.subjects.all());
	}

	/**
	 * The form again, with what was typed, after a post: the subjects were just read (or
	 * could not be), so they are not read again.
	 */
	private String showFormAgain(Model model) {
		return showForm(model, this.subjects.lastKnown());
	}

	private String showForm(Model model, List<ContactSubjects.Subject> subjects) {
		model.addAttribute("subjects", subjects);
		model.addAttribute("retention", this.properties.retentionInWords());
		model.addAttribute("teamNotified", this.outbox.hasRecipient());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.contact.title"), this.messages.get("page.contact.description")));
		return FORM_VIEW;
	}

}
