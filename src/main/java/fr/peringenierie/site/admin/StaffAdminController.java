package fr.peringenierie.site.admin;

import java.util.List;

import jakarta.validation.Valid;

import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.StaffRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts, for administrators only (see the security configuration).
 */
@Controller
class StaffAdminController {

	static final String LIST_VIEW = "admin/users";

	private final StaffAccounts accounts;

	private final Messages messages;

	private final Passkeys passkeys;

	StaffAdminController(StaffAccounts accounts, Messages messages, Passkeys passkeys) {
		this.passkeys = passkeys;
		this.messages = messages;
		this.accounts = accounts;
	}

	@GetMapping("/admin/utilisateurs")
	String list(Model model) {
		model.addAttribute("newStaffForm", new NewStaffForm());
		return showList(model);
	}

	@PostMapping("/admin/utilisateurs")
	String create(@Valid @ModelAttribute("newStaffForm") NewStaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.getUsername())) {
			result.rejectValue("username", "staff.username.taken");
		}
		if (result.hasErrors()) {
			return showList(model);
		}
		String password = this.accounts.createWithGeneratedPassword(form.getUsername(), form.getRole());
		redirect.addFlashAttribute("success", this.messages.get("staff.created", form.getUsername().strip(), password));
		return "redirect:/admin/utilisateurs";
	}

	@PostMapping("/admin/utilisateurs/{id}/reinitialiser")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		String password = this.accounts.resetPassword(id);
		redirect.addFlashAttribute("success", this.messages.get("staff.password-reset", password));
		return "redirect:/admin/utilisateurs";
	}

	/**
	 * Removes the passkeys of a person who lost her device: she signs in with her
	 * password again (and her e-mail, for an administrator), then adds a new one.
	 */
	@PostMapping("/admin/utilisateurs/{id}/cles")
	String removePasskeys(@PathVariable long id, RedirectAttributes redirect) {
		String username = this.accounts.username(id);
		int removed = this.passkeys.removeAll(username);
		redirect.addFlashAttribute("success", this.messages.get("staff.passkeys-removed", removed, username));
		return "redirect:/admin/utilisateurs";
	}

	@PostMapping("/admin/utilisateurs/{id}/desactiver")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		if (this.accounts.setEnabled(id, false)) {
			redirect.addFlashAttribute("success", this.messages.get("staff.disabled"));
		}
		else {
			redirect.addFlashAttribute("failure", this.messages.get("staff.last-admin.disable"));
		}
		return "redirect:/admin/utilisateurs";
	}

	@PostMapping("/admin/utilisateurs/{id}/activer")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.setEnabled(id, true);
		redirect.addFlashAttribute("success", this.messages.get("staff.enabled"));
		return "redirect:/admin/utilisateurs";
	}

	@PostMapping("/admin/utilisateurs/{id}/debloquer")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		redirect.addFlashAttribute("success", this.messages.get("staff.unlocked"));
		return "redirect:/admin/utilisateurs";
	}

	@PostMapping("/admin/utilisateurs/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam StaffRole role, RedirectAttributes redirect) {
		if (this.accounts.changeRole(id, role)) {
			redirect.addFlashAttribute("success", this.messages.get("staff.role-changed"));
		}
		else {
			redirect.addFlashAttribute("failure", this.messages.get("staff.last-admin.demote"));
		}
		return "redirect:/admin/utilisateurs";
	}

	private String showList(Model model) {
		List<StaffUser> users = this.accounts.findAll();
		model.addAttribute("users", users);
		model.addAttribute("recentFailures", this.accounts.recentFailures(users));
		model.addAttribute("lockedUntil", this.accounts.lockedUntil(users));
		model.addAttribute("roles", StaffRole.values());
		return LIST_VIEW;
	}

}
