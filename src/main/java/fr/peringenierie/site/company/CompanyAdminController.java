package fr.peringenierie.site.company;

import jakarta.validation.Valid;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.RichTextSanitizer;

import org.springframework.security.core.Authentication;
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
 * Back-office screens for the édito, the history, the page texts and the company details.
 */
@Controller
class CompanyAdminController {

	private static final String SAVED = "Modification enregistrée : elle est en ligne.";

	private final CompanyEditor editor;

	private final RichTextSanitizer sanitizer;

	CompanyAdminController(CompanyEditor editor, RichTextSanitizer sanitizer) {
		this.editor = editor;
		this.sanitizer = sanitizer;
	}

	@GetMapping("/admin/edito")
	String editEdito(Model model) {
		model.addAttribute("form", EditoForm.of(this.editor.edito()));
		return "admin/company/edito";
	}

	@PostMapping("/admin/edito")
	String updateEdito(@Valid @ModelAttribute("form") EditoForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && AdminForms.PREVIEW.equals(action)) {
			model.addAttribute("preview", this.sanitizer.sanitize(form.getBody()));
		}
		else if (!result.hasErrors() && AdminForms.save(() -> this.editor.updateEdito(form), result)) {
			redirect.addFlashAttribute("success", SAVED);
			return "redirect:/admin/edito";
		}
		if (result.hasGlobalErrors()) {
			Edito current = this.editor.edito();
			model.addAttribute("current", current.getBody());
			form.setVersion(current.getVersion());
		}
		return "admin/company/edito";
	}

	@GetMapping("/admin/histoire")
	String listMilestones(Model model) {
		model.addAttribute("milestones", this.editor.milestones());
		return "admin/company/milestones";
	}

	@GetMapping("/admin/histoire/nouvelle")
	String newMilestone(Model model) {
		model.addAttribute("form", new MilestoneForm());
		return "admin/company/milestone";
	}

	@PostMapping("/admin/histoire/nouvelle")
	String createMilestone(@Valid @ModelAttribute("form") MilestoneForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || AdminForms.PREVIEW.equals(action)) {
			previewIfValid(result, form.getBody(), model);
			return "admin/company/milestone";
		}
		this.editor.createMilestone(form);
		redirect.addFlashAttribute("success", SAVED);
		return "redirect:/admin/histoire";
	}

	@GetMapping("/admin/histoire/{id}")
	String editMilestone(@PathVariable long id, Model model) {
		model.addAttribute("form", MilestoneForm.of(this.editor.milestone(id)));
		model.addAttribute("milestoneId", id);
		return "admin/company/milestone";
	}

	@PostMapping("/admin/histoire/{id}")
	String updateMilestone(@PathVariable long id, @Valid @ModelAttribute("form") MilestoneForm form,
			BindingResult result, @RequestParam(defaultValue = "") String action, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("milestoneId", id);
		if (result.hasErrors() || AdminForms.PREVIEW.equals(action)) {
			previewIfValid(result, form.getBody(), model);
			return "admin/company/milestone";
		}
		if (AdminForms.save(() -> this.editor.updateMilestone(id, form), result)) {
			redirect.addFlashAttribute("success", SAVED);
			return "redirect:/admin/histoire";
		}
		Milestone current = this.editor.milestone(id);
		model.addAttribute("current", current.getBody());
		form.setVersion(current.getVersion());
		return "admin/company/milestone";
	}

	@PostMapping("/admin/histoire/{id}/monter")
	String moveMilestoneUp(@PathVariable long id) {
		this.editor.moveMilestone(id, -1);
		return "redirect:/admin/histoire";
	}

	@PostMapping("/admin/histoire/{id}/descendre")
	String moveMilestoneDown(@PathVariable long id) {
		this.editor.moveMilestone(id, 1);
		return "redirect:/admin/histoire";
	}

	@PostMapping("/admin/histoire/{id}/supprimer")
	String deleteMilestone(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.deleteMilestone(id);
		redirect.addFlashAttribute("success", "Étape supprimée.");
		return "redirect:/admin/histoire";
	}

	@GetMapping("/admin/textes")
	String listTexts(Model model) {
		model.addAttribute("texts", this.editor.texts());
		return "admin/company/texts";
	}

	@GetMapping("/admin/textes/{id}")
	String editText(@PathVariable long id, Model model) {
		PageText text = this.editor.text(id);
		model.addAttribute("form", TextValueForm.of(text.getBody(), text.getVersion()));
		model.addAttribute("item", text);
		return "admin/company/text";
	}

	@PostMapping("/admin/textes/{id}")
	String updateText(@PathVariable long id, @Valid @ModelAttribute("form") TextValueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PageText text = this.editor.text(id);
		if (!result.hasFieldErrors("value") && (form.getValue() == null || form.getValue().isBlank())) {
			result.rejectValue("value", "required", "Saisissez le texte.");
		}
		if (!result.hasErrors() && AdminForms.save(() -> this.editor.updateText(id, form), result)) {
			redirect.addFlashAttribute("success", SAVED);
			return "redirect:/admin/textes";
		}
		if (result.hasGlobalErrors()) {
			model.addAttribute("currentText", text.getBody());
			form.setVersion(text.getVersion());
		}
		model.addAttribute("item", text);
		return "admin/company/text";
	}

	@GetMapping("/admin/parametres")
	String listSettings(Authentication authentication, Model model) {
		model.addAttribute("settings", this.editor.settings(isAdministrator(authentication)));
		return "admin/company/settings";
	}

	@GetMapping("/admin/parametres/{id}")
	String editSetting(@PathVariable long id, Authentication authentication, Model model) {
		SiteSetting setting = this.editor.setting(id, isAdministrator(authentication));
		model.addAttribute("form", TextValueForm.of(setting.getValue(), setting.getVersion()));
		model.addAttribute("item", setting);
		return "admin/company/setting";
	}

	@PostMapping("/admin/parametres/{id}")
	String updateSetting(@PathVariable long id, @Valid @ModelAttribute("form") TextValueForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		boolean administrator = isAdministrator(authentication);
		SiteSetting setting = this.editor.setting(id, administrator);
		if (!result.hasErrors() && AdminForms.save(() -> this.editor.updateSetting(id, form, administrator), result)) {
			redirect.addFlashAttribute("success", SAVED);
			return "redirect:/admin/parametres";
		}
		if (result.hasGlobalErrors()) {
			model.addAttribute("currentText", setting.getValue());
			form.setVersion(setting.getVersion());
		}
		model.addAttribute("item", setting);
		return "admin/company/setting";
	}

	private static boolean isAdministrator(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	private void previewIfValid(BindingResult result, String body, Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("preview", this.sanitizer.sanitize(body));
		}
	}

}
