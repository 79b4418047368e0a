package fr.peringenierie.site.admin;

import org.springframework.data.domain.PageRequest;
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
	String login() {
		return "admin/login";
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("recent", this.auditLog.page(PageRequest.of(0, 10)).getContent());
		return "admin/dashboard";
	}

	@GetMapping("/admin/journal")
	String journal(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.auditLog.page(PageRequest.of(Math.max(page, 0), JOURNAL_PAGE_SIZE)));
		return "admin/journal";
	}

}
