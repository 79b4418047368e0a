package fr.peringenierie.site.admin;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's sign-in page and audit log.
 */
@Controller
class AdminController {

	static final int JOURNAL_PAGE_SIZE = 50;

	private final AuditLog auditLog;

	private final Messages messages;

	AdminController(AuditLog auditLog, Messages messages) {
		this.messages = messages;
		this.auditLog = auditLog;
	}

	@GetMapping(LoginHandlers.LOGIN_PATH)
	String login(@RequestParam(name = "erreur", required = false) String error,
			@RequestParam(name = "secondes", required = false) Integer seconds, Model model) {
		model.addAttribute("loginError", loginError(error, seconds));
		return "admin/login";
	}

	/**
	 * What a refused sign-in tells: never whether the user name exists.
	 */
	private String loginError(String error, Integer seconds) {
		if (error == null) {
			return null;
		}
		return switch (error) {
			case "identifiants", "session", "expiree", "expiree-trop", "desactive" ->
				this.messages.get("login.error." + error);
			case "attente" -> this.messages.get("login.error.attente", waitInWords(seconds));
			default -> null;
		};
	}

	private String waitInWords(Integer seconds) {
		if (seconds == null || seconds <= 0 || seconds > 3600) {
			return this.messages.get("login.error.attente.moment");
		}
		return (seconds == 1) ? this.messages.get("login.error.attente.one-second")
				: this.messages.get("login.error.attente.seconds", String.valueOf(seconds));
	}

	@GetMapping("/admin/journal")
	String journal(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", Paging.clamped(page, JOURNAL_PAGE_SIZE, Sort.unsorted(), this.auditLog::page));
		return "admin/journal";
	}

}
