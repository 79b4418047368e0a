package fr.peringenierie.site.careers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.peringenierie.site.contact.ContactRateLimiter;
import fr.peringenierie.site.web.DatabaseOutage;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;
import fr.peringenierie.site.web.ResourceNotFoundException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * « Recrutement »: the open offers, a page per offer, and the application forms (for an
 * offer, or spontaneous). An application is stored, files included, before the candidate
 * reads that it was received.
 */
@Controller
class CareersController {

	private static final String FORM_VIEW = "careers/apply";

	private static final Logger logger = LoggerFactory.getLogger(CareersController.class);

	private final Careers careers;

	private final Applications applications;

	private final CvCheck check;

	private final ContactRateLimiter rateLimiter;

	private final CareersProperties properties;

	private final Messages messages;

	CareersController(Careers careers, Applications applications, CvCheck check, ContactRateLimiter rateLimiter,
			CareersProperties properties, Messages messages) {
		this.careers = careers;
		this.applications = applications;
		this.check = check;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping(JobOffer.LIST_PATH)
	@PublicPage
	String list(Model model) {
		model.addAttribute("offers", this.careers.open());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.careers.title"), this.messages.get("page.careers.description")));
		return "careers/list";
	}

	/**
	 * An offer's page. Once closed it answers 410 (gone), says so and points to the open
	 * offers; it carries no markup for search engines any more.
	 */
	@GetMapping(JobOffer.LIST_PATH + "/{slug}")
	@PublicPage
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		JobOffer offer = this.careers.published(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Offre inconnue : " + slug));
		boolean open = offer.isOpenOn(this.careers.today());
		model.addAttribute("offer", offer);
		model.addAttribute("open", open);
		model.addAttribute("department", this.careers.department(offer).orElse(null));
		if (open) {
			model.addAttribute(PageMeta.STRUCTURED_DATA, this.careers.structuredData(offer));
		}
		else {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("noindex", true);
		}
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta
					.of(offer.getTitle(),
							this.messages.get("page.offer.description", offer.getTitle(),
									offer.getContract().getLabel(), offer.getPlace().getLabel()))
					.under(this.messages.get("page.careers.title"), JobOffer.LIST_PATH));
		return "careers/show";
	}

	@GetMapping(JobOffer.LIST_PATH + "/{slug}/candidature")
	@PublicPage(cacheable = false, inSitemap = false)
	String applyForm(@PathVariable String slug, Model model, CsrfToken csrfToken) {
		JobOffer offer = publishedOffer(slug);
		if (!offer.isOpenOn(this.careers.today())) {
			return "redirect:" + offer.getAddress();
		}
		issueTheFormToken(csrfToken);
		model.addAttribute("applicationForm", ApplicationForm.blank());
		return showForm(offer, model);
	}

	@PostMapping(JobOffer.LIST_PATH + "/{slug}/candidature")
	String apply(@PathVariable String slug, @Valid @ModelAttribute("applicationForm") ApplicationForm form,
			BindingResult result, @RequestParam(name = "cv", required = false) MultipartFile cv,
			@RequestParam(name = "lettre", required = false) MultipartFile letter, Model model,
			HttpServletRequest request, HttpServletResponse response, CsrfToken csrfToken) {
		issueTheFormToken(csrfToken);
		JobOffer offer = publishedOffer(slug);
		if (!offer.isOpenOn(this.careers.today())) {
			// Closed while the candidate was typing: nothing typed is lost, the form
			// comes back as a spontaneous application.
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("formProblem", this.messages.get("application.offer-closed", offer.getTitle()));
			return showFormAgain(null, model, cv, letter);
		}
		return receive(offer, form, result, cv, letter, model, request, response);
	}

	@GetMapping(JobOffer.LIST_PATH + "/candidature")
	@PublicPage(cacheable = false, inSitemap = false)
	String spontaneousForm(Model model, CsrfToken csrfToken) {
		issueTheFormToken(csrfToken);
		model.addAttribute("applicationForm", ApplicationForm.blank());
		return showForm(null, model);
	}

	@PostMapping(JobOffer.LIST_PATH + "/candidature")
	String applySpontaneously(@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
			@RequestParam(name = "cv", required = false) MultipartFile cv,
			@RequestParam(name = "lettre", required = false) MultipartFile letter, Model model,
			HttpServletRequest request, HttpServletResponse response, CsrfToken csrfToken) {
		issueTheFormToken(csrfToken);
		return receive(null, form, result, cv, letter, model, request, response);
	}

	@GetMapping(JobOffer.LIST_PATH + "/merci")
	@PublicPage(cacheable = false, inSitemap = false)
	String thanks(Model model) {
		model.addAttribute("noindex", true);
		model.addAttribute("retention", this.properties.retentionInWords());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta
					.of(this.messages.get("page.application.thanks.title"),
							this.messages.get("page.application.thanks.description"))
					.under(this.messages.get("page.careers.title"), JobOffer.LIST_PATH));
		return "careers/thanks";
	}

	/**
	 * The form's token is issued (as a cookie) before its page is written, as on the
	 * contact form: once the first bytes of a long page have gone out, no cookie can be
	 * added. Only the form pages do it, so that the offers' pages stay in the page cache.
	 */
	private static void issueTheFormToken(CsrfToken csrfToken) {
		csrfToken.getToken();
	}

	private JobOffer publishedOffer(String slug) {
		return this.careers.published(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Offre inconnue : " + slug));
	}

	private String receive(JobOffer offer, ApplicationForm form, BindingResult result, MultipartFile cv,
			MultipartFile letter, Model model, HttpServletRequest request, HttpServletResponse response) {
		Applications.CheckedFile checkedCv = checked("Votre CV", cv, true, "cvError", model);
		Applications.CheckedFile checkedLetter = checked("Votre lettre de motivation", letter, false, "letterError",
				model);
		if (result.hasErrors() || model.containsAttribute("cvError") || model.containsAttribute("letterError")) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showFormAgain(offer, model, cv, letter);
		}
		String client = "candidature " + request.getRemoteAddr();
		try {
			Duration wait = this.rateLimiter.tryAcquire(client);
			if (!wait.isZero()) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
				model.addAttribute("formProblem",
						this.messages.get("application.too-many", Math.max(1, (wait.toSeconds() + 59) / 60)));
				return showFormAgain(offer, model, cv, letter);
			}
			boolean stored = false;
			try {
				this.applications.receive(form, offer, checkedCv, checkedLetter);
				stored = true;
			}
			catch (Applications.AlreadyReceived ex) {
				// Stored by the other click: the candidate sees the same confirmation.
			}
			finally {
				if (!stored) {
					this.rateLimiter.release(client);
				}
			}
		}
		catch (DataAccessException | TransactionException ex) {
			if (!DatabaseOutage.isCause(ex)) {
				throw ex;
			}
			logger.warn("Candidature non enregistrée, base de données injoignable : {}", ex.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			model.addAttribute("formProblem", this.messages.get("application.database-down"));
			return showFormAgain(offer, model, cv, letter);
		}
		return "redirect:" + JobOffer.LIST_PATH + "/merci";
	}

	/**
	 * A file checked, or {@code null} with the reason in the model under
	 * {@code errorAttribute}.
	 */
	private Applications.CheckedFile checked(String what, MultipartFile file, boolean required, String errorAttribute,
			Model model) {
		if (file == null || file.isEmpty()) {
			if (required) {
				model.addAttribute(errorAttribute, this.messages.get("application.cv.missing"));
			}
			return null;
		}
		try {
			byte[] bytes = file.getBytes();
			int pages = this.check.check(what, bytes);
			return new Applications.CheckedFile(fileName(file.getOriginalFilename()), bytes, pages);
		}
		catch (CvCheck.Refused ex) {
			model.addAttribute(errorAttribute, ex.getMessage());
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file's name as shown to staff: printable, without a path, 200 characters at
	 * most.
	 */
	static String fileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\x{FFFD}<>\"]", "").strip();
		if (name.isEmpty()) {
			name = "document.pdf";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private String showFormAgain(JobOffer offer, Model model, MultipartFile cv, MultipartFile letter) {
		// A browser never sends a file field back: the page says which files to choose
		// again.
		boolean hadFiles = (cv != null && !cv.isEmpty()) || (letter != null && !letter.isEmpty());
		model.addAttribute("chooseFilesAgain", hadFiles);
		return showForm(offer, model);
	}

	private String showForm(JobOffer offer, Model model) {
		model.addAttribute("offer", offer);
		model.addAttribute("noindex", true);
		model.addAttribute("retention", this.properties.retentionInWords());
		model.addAttribute("maxFileSize", this.properties.maxFileSize().toMegabytes());
		model.addAttribute("maxPages", this.properties.maxPages());
		String title = (offer != null) ? this.messages.get("page.apply.title", offer.getTitle())
				: this.messages.get("page.spontaneous.title");
		PageMeta page = PageMeta.of(title, this.messages.get("page.apply.description"));
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				(offer != null)
						? page.under(this.messages.get("page.careers.title"), JobOffer.LIST_PATH)
							.under(offer.getTitle(), offer.getAddress())
						: page.under(this.messages.get("page.careers.title"), JobOffer.LIST_PATH));
		return FORM_VIEW;
	}

}
