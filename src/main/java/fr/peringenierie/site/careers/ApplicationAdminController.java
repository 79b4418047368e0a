package fr.peringenierie.site.careers;

import java.nio.charset.StandardCharsets;

import fr.peringenierie.site.web.Messages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applications received, for editors and administrators: the list (per offer), an
 * application with its files, its status; the export and the erasure of a candidate's
 * data are administrators' (see SecurityConfiguration).
 */
@Controller
class ApplicationAdminController {

	private static final String BASE = "/admin/recrutement/candidatures";

	/** Nothing in a downloaded file may run in the site's origin. */
	static final String SANDBOX = "sandbox; default-src 'none'";

	private final Applications applications;

	private final JobOfferEditor offers;

	private final CareersProperties properties;

	private final Messages messages;

	ApplicationAdminController(Applications applications, JobOfferEditor offers, CareersProperties properties,
			Messages messages) {
		this.applications = applications;
		this.offers = offers;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String list(@RequestParam(name = "offre", required = false) Long offerId, Model model) {
		model.addAttribute("applications", this.applications.forStaff(offerId));
		model.addAttribute("offers", this.offers.all());
		model.addAttribute("chosenOffer", offerId);
		model.addAttribute("retention", this.properties.retentionInWords());
		return "admin/careers/applications";
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("candidature", this.applications.application(id));
		model.addAttribute("statuses", ApplicationStatus.choices());
		model.addAttribute("retention", this.properties.retentionInWords());
		return "admin/careers/application";
	}

	@PostMapping(BASE + "/{id}/etat")
	String changeStatus(@PathVariable long id, @RequestParam(name = "etat", defaultValue = "") String status,
			RedirectAttributes redirect) {
		ApplicationStatus chosen;
		try {
			chosen = ApplicationStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("failure", "Choisissez un état dans la liste.");
			return "redirect:" + BASE + "/" + id;
		}
		this.applications.changeStatus(id, chosen);
		redirect.addFlashAttribute("success", this.messages.get("applications.status.saved"));
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{id}/cv")
	ResponseEntity<byte[]> cv(@PathVariable long id) {
		JobApplication application = this.applications.application(id);
		return attachment(this.applications.file(id, Applications.CV), "CV " + application.getName() + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping(BASE + "/{id}/lettre")
	ResponseEntity<byte[]> letter(@PathVariable long id) {
		JobApplication application = this.applications.application(id);
		return attachment(this.applications.file(id, Applications.LETTER), "Lettre " + application.getName() + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping(BASE + "/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		return attachment(this.applications.export(id), "candidature-" + id + ".zip",
				MediaType.parseMediaType("application/zip"));
	}

	@GetMapping(BASE + "/{id}/effacer")
	String confirmErase(@PathVariable long id, Model model) {
		model.addAttribute("candidature", this.applications.application(id));
		return "admin/careers/erase";
	}

	@PostMapping(BASE + "/{id}/effacer")
	String erase(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:" + BASE + "/" + id + "/effacer";
		}
		this.applications.erase(id);
		redirect.addFlashAttribute("success", this.messages.get("applications.erased"));
		return "redirect:" + BASE;
	}

	/**
	 * A file as a download, never shown in the browser's tab: attachment, its declared
	 * type only, and a sandbox that forbids it any script or request.
	 */
	private static ResponseEntity<byte[]> attachment(byte[] data, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", SANDBOX)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(data);
	}

}
