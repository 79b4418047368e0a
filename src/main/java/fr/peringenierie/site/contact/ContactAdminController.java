package fr.peringenierie.site.contact;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.Paging;
import fr.peringenierie.site.web.Messages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The staff inbox of contact requests.
 */
@Controller
class ContactAdminController {

	static final int PAGE_SIZE = 20;

	private final ContactInbox inbox;

	private final ContactSubjects subjects;

	private final Messages messages;

	ContactAdminController(ContactInbox inbox, ContactSubjects subjects, Messages messages) {
		this.messages = messages;
		this.inbox = inbox;
		this.subjects = subjects;
	}

	@GetMapping("/admin/demandes")
	String list(@ModelAttribute("filter") InboxFilter filter, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("requests", Paging.clamped(page, PAGE_SIZE, ContactInbox.NEWEST_FIRST,
				(pageable) -> this.inbox.search(filter, pageable)));
		model.addAttribute("statuses", ContactStatus.values());
		model.addAttribute("subjects", this.subjects.all());
		return "admin/contact/list";
	}

	@GetMapping(path = "/admin/demandes/export.csv")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") InboxFilter filter, BindingResult binding) {
		return csv(CsvExport.of(this.inbox.all(filter)), "demandes-" + LocalDate.now() + ".csv");
	}

	@GetMapping("/admin/demandes/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("request", this.inbox.get(id));
		model.addAttribute("statuses", ContactStatus.values());
		return "admin/contact/detail";
	}

	@PostMapping("/admin/demandes/{id}/statut")
	String changeStatus(@PathVariable long id, @RequestParam ContactStatus status, @RequestParam long version,
			RedirectAttributes redirect) {
		flash(redirect, AdminForms.saveOrConflict(() -> this.inbox.changeStatus(id, status, version)),
				this.messages.get("inbox.status.saved"));
		return "redirect:/admin/demandes/" + id;
	}

	@PostMapping("/admin/demandes/{id}/note")
	String changeNote(@PathVariable long id, @RequestParam(defaultValue = "") String note, @RequestParam long version,
			RedirectAttributes redirect) {
		if (note.length() > 5000) {
			redirect.addFlashAttribute("failure", this.messages.get("inbox.note.too-long"));
			return "redirect:/admin/demandes/" + id;
		}
		flash(redirect, AdminForms.saveOrConflict(() -> this.inbox.changeNote(id, note, version)),
				this.messages.get("inbox.note.saved"));
		return "redirect:/admin/demandes/" + id;
	}

	@PostMapping("/admin/demandes/{id}/restaurer")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.inbox.restore(id);
		redirect.addFlashAttribute("success", this.messages.get("inbox.restored"));
		return "redirect:/admin/demandes/" + id;
	}

	@PostMapping("/admin/demandes/{id}/renvoyer")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		this.inbox.resendNotification(id);
		redirect.addFlashAttribute("success", this.messages.get("inbox.resent"));
		return "redirect:/admin/demandes/" + id;
	}

	@GetMapping("/admin/demandes/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		ContactRequest request = this.inbox.get(id);
		model.addAttribute("title", "Supprimer la demande de " + request.getName() + " ?");
		model.addAttribute("what", "La demande de " + request.getName() + " (" + request.getEmail() + ")");
		model.addAttribute("action", "/admin/demandes/" + id + "/supprimer");
		model.addAttribute("back", "/admin/demandes/" + id);
		return "admin/contact/erase";
	}

	@PostMapping("/admin/demandes/{id}/supprimer")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:/admin/demandes/" + id + "/supprimer";
		}
		this.inbox.delete(id);
		redirect.addFlashAttribute("success", this.messages.get("inbox.deleted"));
		return "redirect:/admin/demandes";
	}

	@GetMapping("/admin/demandes/personne")
	String person(@RequestParam(defaultValue = "") String email, Model model) {
		model.addAttribute("email", email.strip());
		model.addAttribute("found", email.isBlank() ? List.of() : this.inbox.findByEmail(email));
		return "admin/contact/person";
	}

	@GetMapping("/admin/demandes/personne/export.csv")
	ResponseEntity<byte[]> exportPerson(@RequestParam String email) {
		return csv(CsvExport.of(this.inbox.findByEmail(email)), "donnees-personnelles.csv");
	}

	@GetMapping("/admin/demandes/personne/effacer")
	String confirmErase(@RequestParam String email, Model model) {
		int found = this.inbox.findByEmail(email).size();
		model.addAttribute("title", "Effacer toutes les données de " + email.strip() + " ?");
		model.addAttribute("what", "Les " + found + " demande(s) envoyée(s) avec l’adresse " + email.strip());
		model.addAttribute("action", "/admin/demandes/personne/effacer");
		model.addAttribute("email", email.strip());
		model.addAttribute("back",
				"/admin/demandes/personne?email=" + UriUtils.encode(email.strip(), StandardCharsets.UTF_8));
		return "admin/contact/erase";
	}

	@PostMapping("/admin/demandes/personne/effacer")
	String erase(@RequestParam String email, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			redirect.addAttribute("email", email);
			return "redirect:/admin/demandes/personne/effacer";
		}
		int erased = this.inbox.eraseByEmail(email);
		redirect.addFlashAttribute("success", this.messages.get("inbox.erased", String.valueOf(erased)));
		return "redirect:/admin/demandes/personne";
	}

	private static void flash(RedirectAttributes redirect, boolean saved, String message) {
		redirect.addFlashAttribute(saved ? "success" : "failure", saved ? message : AdminForms.CONFLICT_MESSAGE);
	}

	private static ResponseEntity<byte[]> csv(byte[] body, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
