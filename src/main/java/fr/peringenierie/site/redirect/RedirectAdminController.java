package fr.peringenierie.site.redirect;

import jakarta.validation.Valid;

import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PublicPages;
import fr.peringenierie.site.web.SitePaths;

import org.springframework.dao.DataIntegrityViolationException;
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
 * The back-office list of old addresses and where they lead, with redirects added and
 * removed by hand.
 */
@Controller
class RedirectAdminController {

	static final String VIEW = "admin/redirect/list";

	private final Redirects redirects;

	private final PublicPages publicPages;

	private final Messages messages;

	RedirectAdminController(Redirects redirects, PublicPages publicPages, Messages messages) {
		this.redirects = redirects;
		this.publicPages = publicPages;
		this.messages = messages;
	}

	/**
	 * The list, and the form to add one; {@code de} fills in the old address (from the
	 * report of addresses not found).
	 */
	@GetMapping("/admin/redirections")
	String list(@RequestParam(name = "de", required = false) String from, Model model) {
		RedirectForm form = new RedirectForm();
		if (from != null && from.length() <= 300 && from.matches(SitePaths.PATTERN)) {
			form.setFromPath(from);
		}
		model.addAttribute("form", form);
		return show(model);
	}

	@PostMapping("/admin/redirections")
	String add(@Valid @ModelAttribute("form") RedirectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("fromPath")) {
			String from = form.getFromPath().strip();
			if (this.redirects.newAddress(from).isPresent()) {
				result.rejectValue("fromPath", "redirect.from.taken");
			}
			else if (this.publicPages.sitemapPaths().contains(from) || from.startsWith("/admin")) {
				result.rejectValue("fromPath", "redirect.from.live");
			}
			else if (!result.hasFieldErrors("toPath") && from.equals(form.getToPath().strip())) {
				result.rejectValue("toPath", "redirect.to.same");
			}
		}
		if (result.hasErrors()) {
			return show(model);
		}
		try {
			this.redirects.add(form.getFromPath().strip(), form.getToPath().strip());
		}
		catch (DataIntegrityViolationException ex) {
			// The same redirect, sent twice at once: the other one was stored.
			result.rejectValue("fromPath", "redirect.from.taken");
			return show(model);
		}
		redirect.addFlashAttribute("success", this.messages.get("redirect.added"));
		return "redirect:/admin/redirections";
	}

	@GetMapping("/admin/redirections/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("redirect", this.redirects.redirect(id));
		return "admin/redirect/confirm";
	}

	@PostMapping("/admin/redirections/{id}/supprimer")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:/admin/redirections/" + id + "/supprimer";
		}
		this.redirects.delete(id);
		redirect.addFlashAttribute("success", this.messages.get("redirect.deleted"));
		return "redirect:/admin/redirections";
	}

	private String show(Model model) {
		model.addAttribute("redirects", this.redirects.all());
		return VIEW;
	}

}
