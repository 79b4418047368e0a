package fr.peringenierie.site.admin;

import java.security.Principal;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.Messages;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	private final Passkeys passkeys;

	private final RecoveryCodes recoveryCodes;

	private final SecondFactor secondFactor;

	AccountController(StaffAccounts accounts, PasswordPolicy policy, Messages messages, SignIns signIns,
			KeptForms keptForms, Passkeys passkeys, RecoveryCodes recoveryCodes, SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
		this.recoveryCodes = recoveryCodes;
		this.passkeys = passkeys;
		this.signIns = signIns;
		this.keptForms = keptForms;
		this.messages = messages;
		this.accounts = accounts;
		this.policy = policy;
	}

	@GetMapping(PATH)
	String form(@RequestParam(name = "cle", required = false) String passkey, Principal principal, HttpSession session,
			Model model) {
		// Said only when a passkey was indeed just added, whatever the address asks.
		if ("ajoutee".equals(passkey) && this.passkeys.of(principal.getName())
			.stream()
			.anyMatch((key) -> key.created() != null && key.created().isAfter(Instant.now().minusSeconds(120)))) {
			model.addAttribute("success", this.messages.get("account.passkey.added"));
		}
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

	@PostMapping(PATH + "/cles/renommer")
	String renamePasskey(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String label,
			Principal principal, RedirectAttributes redirect) {
		String name = label.strip();
		if (name.isEmpty() || name.length() > 100) {
			redirect.addFlashAttribute("failure", this.messages.get("account.passkey.label-invalid"));
		}
		else if (this.passkeys.rename(principal.getName(), id, name)) {
			redirect.addFlashAttribute("success", this.messages.get("account.passkey.renamed"));
		}
		else {
			redirect.addFlashAttribute("failure", this.messages.get("account.passkey.unknown"));
		}
		return "redirect:" + PATH + "#cles";
	}

	@PostMapping(PATH + "/cles/retirer")
	String removePasskey(@RequestParam(defaultValue = "") String id, Principal principal, RedirectAttributes redirect) {
		if (!this.passkeys.remove(principal.getName(), id)) {
			redirect.addFlashAttribute("failure", this.messages.get("account.passkey.unknown"));
		}
		else {
			redirect.addFlashAttribute("success", this.messages.get(this.passkeys.of(principal.getName()).isEmpty()
					? "account.passkey.removed-last" : "account.passkey.removed"));
		}
		return "redirect:" + PATH + "#cles";
	}

	/**
	 * New recovery codes for an administrator, shown on this answer only (never kept in
	 * the session nor in the database in the clear).
	 */
	@PostMapping(PATH + "/codes-de-secours")
	String renewRecoveryCodes(Authentication authentication, Model model) {
		if (!AdminForms.isAdministrator(authentication)) {
			throw new AccessDeniedException("Réservé aux administrateurs");
		}
		model.addAttribute("codes", this.recoveryCodes.renew(authentication.getName()));
		model.addAttribute("success", this.messages.get("account.recovery.renewed"));
		return "admin/recovery-codes";
	}

	private String show(Principal principal, HttpSession session, Model model) {
		if (session.getAttribute(SecondFactor.SETUP_REQUIRED) != null) {
			if (this.secondFactor.means(principal.getName()).any()) {
				// A second factor added: the back office opens.
				session.removeAttribute(SecondFactor.SETUP_REQUIRED);
			}
			else {
				model.addAttribute("secondFactorSetupRequired", true);
			}
		}
		model.addAttribute("recoveryCodesLeft", this.recoveryCodes.remaining(principal.getName()));
		model.addAttribute("passkeys", this.passkeys.of(principal.getName()));
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
