package fr.peringenierie.site.company;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.RichTextSanitizer;

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

	private final PublishActions publishing;

	HistoryAdminController(HistoryEditor editor, RichTextSanitizer sanitizer, Messages messages,
			PublishActions publishing) {
		this.publishing = publishing;
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
		Milestone milestone = this.editor.milestone(id);
		this.publishing.showDraft(milestone, model);
		model.addAttribute("form", MilestoneForm.of(milestone));
		model.addAttribute("milestoneId", id);
		return "admin/company/milestone";
	}

	@PostMapping("/admin/histoire/{id}")
	String updateMilestone(@PathVariable long id, @Valid @ModelAttribute("form") MilestoneForm form,
			BindingResult result, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String publishAt, Model model, RedirectAttributes redirect) {
		model.addAttribute("milestoneId", id);
		if (result.hasErrors() || AdminForms.PREVIEW.equals(action)) {
			previewIfValid(result, form.getBody(), model);
			return "admin/company/milestone";
		}
		if (this.publishing.save(Milestone.class, id, action, publishAt, () -> this.editor.updateMilestone(id, form),
				result, model, redirect)) {
			return "redirect:/admin/histoire";
		}
		if (AdminForms.hasConflict(result)) {
			Milestone current = this.editor.milestone(id);
			model.addAttribute("current", current.getBody());
			AdminForms.offerToReplace(model, current.getVersion());
		}
		return "admin/company/milestone";
	}

	private void previewIfValid(BindingResult result, String body, Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("preview", this.sanitizer.sanitize(body));
		}
	}

}
