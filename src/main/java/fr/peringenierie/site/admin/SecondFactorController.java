package fr.peringenierie.site.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The step between an administrator's password and her back office: her passkey, or a
 * code sent to her e-mail.
 */
@Controller
class SecondFactorController {

	private final SecondFactor secondFactor;

	private final Messages messages;

	SecondFactorController(SecondFactor secondFactor, Messages messages) {
		this.secondFactor = secondFactor;
		this.messages = messages;
	}

	@GetMapping(SecondFactor.PATH)
	String step(@RequestParam(required = false) String code, Principal principal, HttpSession session, Model model) {
		if (!SecondFactor.isPending(session)) {
			return "redirect:/admin";
		}
		model.addAttribute("means", this.secondFactor.means(principal.getName()));
		// A step of signing in: no back-office navigation, which would only lead back
		// here.
		model.addAttribute("stepOfSignIn", true);
		model.addAttribute("code", (code != null && code.matches("[0-9a-fA-F-]{36}")) ? code : "");
		return "admin/second-factor";
	}

	@PostMapping(SecondFactor.PATH + "/envoyer")
	String send(Principal principal, HttpSession session, RedirectAttributes redirect) {
		if (!SecondFactor.isPending(session)) {
			return "redirect:/admin";
		}
		redirect.addFlashAttribute(this.secondFactor.sendCode(principal.getName()) ? "success" : "failure",
				this.messages.get(this.secondFactor.means(principal.getName()).email() ? "second-factor.sent"
						: "second-factor.no-email"));
		return "redirect:" + SecondFactor.PATH;
	}

	@PostMapping(SecondFactor.PATH + "/verifier")
	String verify(@RequestParam(defaultValue = "") String code, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		Object target = session.getAttribute(SecondFactor.PENDING);
		if (target == null) {
			return "redirect:/admin";
		}
		if (!this.secondFactor.verify(principal.getName(), code)) {
			redirect.addFlashAttribute("failure", this.messages.get("second-factor.refused"));
			return "redirect:" + SecondFactor.PATH;
		}
		return given(request, target);
	}

	@PostMapping(SecondFactor.PATH + "/secours")
	String recover(@RequestParam(defaultValue = "") String code, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		Object target = request.getSession().getAttribute(SecondFactor.PENDING);
		if (target == null) {
			return "redirect:/admin";
		}
		if (!this.secondFactor.useRecoveryCode(principal.getName(), code)) {
			redirect.addFlashAttribute("failure", this.messages.get("second-factor.recovery-refused"));
			return "redirect:" + SecondFactor.PATH;
		}
		return given(request, target);
	}

	/**
	 * The second factor was given: the session opens the back office, under a new id.
	 */
	private String given(HttpServletRequest request, Object target) {
		HttpSession session = request.getSession();
		session.removeAttribute(SecondFactor.PENDING);
		// A new session id for the session that now opens the back office.
		request.changeSessionId();
		return "redirect:" + ((target instanceof String path && path.startsWith("/admin")) ? path : "/admin");
	}

}
