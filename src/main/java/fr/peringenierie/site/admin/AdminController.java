package fr.peringenierie.site.admin;

import fr.peringenierie.site.web.Paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's entry points: sign-in, dashboard and audit log.
 */
@Controller
class AdminController {

	static final int JOURNAL_PAGE_SIZE = 50;

	private final AuditLog auditLog;

	AdminController(AuditLog auditLog) {
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
	static String loginError(String error, Integer seconds) {
		if (error == null) {
			return null;
		}
		return switch (error) {
			case "identifiants" -> "Identifiant ou mot de passe incorrect, ou compte désactivé.";
			case "attente" -> "Trop de tentatives de connexion : patientez "
					+ ((seconds != null && seconds > 0 && seconds <= 3600)
							? seconds + ((seconds > 1) ? " secondes" : " seconde") : "un instant")
					+ " avant de réessayer. Si vous avez oublié votre mot de passe, un administrateur peut le réinitialiser.";
			case "session" -> "Votre session a été fermée : votre compte a été modifié (rôle, mot de passe ou "
					+ "désactivation). Connectez-vous à nouveau.";
			default -> null;
		};
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("recent", this.auditLog.page(PageRequest.of(0, 10)).getContent());
		return "admin/dashboard";
	}

	@GetMapping("/admin/journal")
	String journal(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", Paging.clamped(page, JOURNAL_PAGE_SIZE, Sort.unsorted(), this.auditLog::page));
		return "admin/journal";
	}

}
