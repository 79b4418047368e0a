package fr.peringenierie.site.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
 * « Mon compte »: a signed-in person changes her own password and e-mail address, and
 * sees her latest sign-ins.
 */
@Controller
class AccountController {

	static final String VIEW = "admin/password";

	static final String PATH = "/admin/mot-de-passe";

	private final StaffAccounts accounts;

	private final PasswordPolicy policy;

	private final Messages messages;

	private final SignIns signIns;

	private final KeptForms keptForms;

	AccountController(StaffAccounts accounts, PasswordPolicy policy, Messages messages, SignIns signIns,
			KeptForms keptForms) {
		this.signIns = signIns;
		this.keptForms = keptForms;
		this.messages = messages;
		this.accounts = accounts;
		this.policy = policy;
	}

	@GetMapping(PATH)
	String form(Principal principal, HttpSession session, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return show(principal, session, model);
	}

	@PostMapping(PATH + "/courriel")
	String changeEmail(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result, Principal principal,
			HttpSession session, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new PasswordForm());
			return show(principal, session, model);
		}
		this.accounts.changeOwnEmail(principal.getName(), form.getEmail());
		redirect.addFlashAttribute("success", this.messages.get((form.getEmail() == null || form.getEmail().isBlank())
				? "account.email.removed" : "account.email.changed"));
		return "redirect:" + PATH;
	}

	private String show(Principal principal, HttpSession session, Model model) {
		if (!model.containsAttribute("emailForm")) {
			EmailForm email = new EmailForm();
			email.setEmail(this.accounts.email(principal.getName()).orElse(""));
			model.addAttribute("emailForm", email);
		}
		model.addAttribute("minLength", this.accounts.minPasswordLength());
		model.addAttribute("temporary",
				session.getAttribute(TemporaryPasswordInterceptor.PASSWORD_CHANGE_REQUIRED) != null);
		model.addAttribute("signIns", this.signIns.recent(principal.getName()));
		return VIEW;
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!result.hasFieldErrors("currentPassword")
				&& !this.accounts.passwordMatches(principal.getName(), form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		this.policy.check(form, principal.getName(), result);
		if (result.hasErrors()) {
			return show(principal, request.getSession(), model);
		}
		long stamp = this.accounts.changeOwnPassword(principal.getName(), form.getNewPassword());
		LoginHandlers.renewSessionStamp(request, stamp);
		request.getSession().removeAttribute(TemporaryPasswordInterceptor.PASSWORD_CHANGE_REQUIRED);
		redirect.addFlashAttribute("success", this.messages.get("account.password.changed"));
		return this.keptForms.find(request, principal.getName()).isPresent()
				? "redirect:" + ExpiredSessionController.RESUME_PATH : "redirect:/admin";
	}

}
