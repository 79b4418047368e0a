package fr.peringenierie.site.dashboard;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.AdminForms;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's home: what needs attention before going live, and the latest changes.
 */
@Controller
class DashboardController {

	private final LaunchChecklist checklist;

	private final AuditLog auditLog;

	DashboardController(LaunchChecklist checklist, AuditLog auditLog) {
		this.checklist = checklist;
		this.auditLog = auditLog;
	}

	@GetMapping("/admin")
	String dashboard(Authentication authentication, Model model) {
		model.addAttribute("checklist", this.checklist.items(AdminForms.isAdministrator(authentication)));
		model.addAttribute("recent", this.auditLog.page(PageRequest.of(0, 10)).getContent());
		return "admin/dashboard";
	}

}
