package fr.peringenierie.site.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hands back, after sign-in, a form posted once the session had expired; and keeps a
 * session alive when its owner, warned that it is about to end, asks to stay.
 */
@Controller
public class ExpiredSessionController {

	static final String RESUME_PATH = "/admin/reprise";

	/** Under the accounts' screens, reserved to administrators. */
	public static final String HANDED_OVER_PATH = "/admin/utilisateurs/saisies";

	private final KeptForms keptForms;

	ExpiredSessionController(KeptForms keptForms) {
		this.keptForms = keptForms;
	}

	@GetMapping(RESUME_PATH)
	String resume(HttpServletRequest request, Principal principal, Model model, RedirectAttributes redirect) {
		return this.keptForms.find(request, principal.getName()).map((kept) -> {
			model.addAttribute("kept", kept);
			return "admin/resume";
		}).orElseGet(() -> {
			redirect.addFlashAttribute("failure",
					"Aucune saisie en attente : elle a déjà été enregistrée ou abandonnée.");
			return "redirect:/admin";
		});
	}

	@PostMapping(RESUME_PATH + "/abandonner")
	String giveUp(HttpServletRequest request, HttpServletResponse response, Principal principal,
			RedirectAttributes redirect) {
		this.keptForms.find(request, principal.getName())
			.ifPresent((kept) -> this.keptForms.forget(kept.id(), request, response));
		redirect.addFlashAttribute("success", "La saisie conservée a été abandonnée.");
		return "redirect:/admin";
	}

	/**
	 * The last forms of people whose account was deactivated while they typed: an
	 * administrator reads them, takes one up (sends it again, in her own name) or throws
	 * it away. Reserved to administrators by the security configuration.
	 */
	@GetMapping(HANDED_OVER_PATH)
	String handedOver(Model model) {
		model.addAttribute("forms", this.keptForms.handedOver());
		return "admin/handed-over";
	}

	@GetMapping(HANDED_OVER_PATH + "/{id}")
	String takeUp(@PathVariable String id, Model model, RedirectAttributes redirect) {
		return this.keptForms.handedOver(id).map((handedOver) -> {
			model.addAttribute("kept", handedOver.form());
			model.addAttribute("handedOver", handedOver);
			return "admin/resume";
		}).orElseGet(() -> {
			redirect.addFlashAttribute("failure", "Cette saisie a déjà été reprise ou effacée.");
			return "redirect:" + HANDED_OVER_PATH;
		});
	}

	@PostMapping(HANDED_OVER_PATH + "/{id}/effacer")
	String erase(@PathVariable String id, RedirectAttributes redirect) {
		this.keptForms.forgetHandedOver(id);
		redirect.addFlashAttribute("success", "La saisie a été effacée.");
		return "redirect:" + HANDED_OVER_PATH;
	}

	/**
	 * Called by the page's script when its owner chooses to stay signed in: reaching it
	 * is enough to renew the session.
	 */
	@GetMapping("/admin/session")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
