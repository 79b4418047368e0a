package fr.peringenierie.site.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user changing their own password.
 */
@Controller
class AccountController {

	static final String VIEW = "admin/password";

	private final StaffAccounts accounts;

	private final PasswordPolicy policy;

	private final Messages messages;

	AccountController(StaffAccounts accounts, PasswordPolicy policy, Messages messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.policy = policy;
	}

	@GetMapping("/admin/mot-de-passe")
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("minLength", this.accounts.minPasswordLength());
		return VIEW;
	}

	@PostMapping("/admin/mot-de-passe")
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!result.hasFieldErrors("currentPassword")
				&& !this.accounts.passwordMatches(principal.getName(), form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		this.policy.check(form, result);
		if (result.hasErrors()) {
			model.addAttribute("minLength", this.accounts.minPasswordLength());
			return VIEW;
		}
		long stamp = this.accounts.changeOwnPassword(principal.getName(), form.getNewPassword());
		LoginHandlers.renewSessionStamp(request, stamp);
		redirect.addFlashAttribute("success", this.messages.get("account.password.changed"));
		return "redirect:/admin";
	}

}
