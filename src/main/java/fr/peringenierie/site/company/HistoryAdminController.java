package fr.peringenierie.site.company;

import jakarta.validation.Valid;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.RichTextSanitizer;
import fr.peringenierie.site.web.Messages;

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
 * Back-office screens for the steps of the company's history.
 */
@Controller
class HistoryAdminController {

	private final HistoryEditor editor;

	private final RichTextSanitizer sanitizer;

	private final Messages messages;

	HistoryAdminController(HistoryEditor editor, RichTextSanitizer sanitizer, Messages messages) {
		this.messages = messages;
		this.editor = editor;
		this.sanitizer = sanitizer;
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
		redirect.addFlashAttribute("success", this.messages.get("admin.saved"));
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
			redirect.addFlashAttribute("success", this.messages.get("admin.saved"));
			return "redirect:/admin/histoire";
		}
		Milestone current = this.editor.milestone(id);
		model.addAttribute("current", current.getBody());
		form.setVersion(current.getVersion());
		return "admin/company/milestone";
	}

	private void previewIfValid(BindingResult result, String body, Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("preview", this.sanitizer.sanitize(body));
		}
	}

}
