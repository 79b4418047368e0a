package fr.peringenierie.site.dashboard;

import fr.peringenierie.site.admin.SecondFactor;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.backup.Backups;
import fr.peringenierie.site.careers.Applications;
import fr.peringenierie.site.revision.Drafts;
import fr.peringenierie.site.revision.Reviews;
import fr.peringenierie.site.statistics.AudienceReport;
import fr.peringenierie.site.web.AdminForms;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's home: what needs attention before going live, scheduled publications
 * that failed, and the latest changes.
 */
@Controller
class DashboardController {

	private final LaunchChecklist checklist;

	private final AuditLog auditLog;

	private final Drafts drafts;

	private final SecondFactor secondFactor;

	private final Reviews reviews;

	private final Backups backups;

	private final AudienceReport audience;

	private final Applications applications;

	DashboardController(LaunchChecklist checklist, AuditLog auditLog, Drafts drafts, SecondFactor secondFactor,
			Reviews reviews, Backups backups, AudienceReport audience, Applications applications) {
		this.applications = applications;
		this.audience = audience;
		this.backups = backups;
		this.reviews = reviews;
		this.secondFactor = secondFactor;
		this.checklist = checklist;
		this.drafts = drafts;
		this.auditLog = auditLog;
	}

	@GetMapping("/admin")
	String dashboard(Authentication authentication, Model model) {
		if (!AdminForms.publishes(authentication)) {
			// A contributor's own work: what waits for a reviewer, what came back.
			model.addAttribute("myProposals", this.reviews.of(authentication.getName()));
			return "admin/dashboard";
		}
		model.addAttribute("checklist", this.checklist.items(AdminForms.isAdministrator(authentication)));
		model.addAttribute("proposals", this.reviews.waiting());
		model.addAttribute("brokenAddresses", this.audience.brokenAddresses(5));
		model.addAttribute("failedDrafts", this.drafts.withProblems());
		model.addAttribute("newApplications", this.applications.countNew());
		if (AdminForms.isAdministrator(authentication) && !this.secondFactor.means(authentication.getName()).any()) {
			this.secondFactor.due(authentication.getName())
				.ifPresent((due) -> model.addAttribute("secondFactorDue", due));
		}
		if (AdminForms.isAdministrator(authentication)) {
			model.addAttribute("lastBackup", this.backups.latest().orElse(null));
			model.addAttribute("lastVerifiedBackup", this.backups.latestVerified().orElse(null));
		}
		model.addAttribute("recent", this.auditLog.page(PageRequest.of(0, 10)).getContent());
		return "admin/dashboard";
	}

}
