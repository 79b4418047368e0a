package fr.peringenierie.site.sitewide;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
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
 * Back-office screens for the texts of the pages.
 */
@Controller
class PageTextAdminController {

	private final PageTextEditor editor;

	private final Messages messages;

	private final PublishActions publishing;

	PageTextAdminController(PageTextEditor editor, Messages messages, PublishActions publishing) {
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
	}

	@GetMapping("/admin/textes")
	String list(Model model) {
		model.addAttribute("texts", this.editor.texts());
		return "admin/sitewide/texts";
	}

	@GetMapping("/admin/textes/{id}")
	String edit(@PathVariable long id, Model model) {
		PageText text = this.editor.text(id);
		this.publishing.showDraft(text, model);
		model.addAttribute("form", TextValueForm.of(text.getBody(), text.getVersion()));
		model.addAttribute("item", text);
		return "admin/sitewide/text";
	}

	@PostMapping("/admin/textes/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TextValueForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		PageText text = this.editor.text(id);
		if (!result.hasFieldErrors("value") && (form.getValue() == null || form.getValue().isBlank())) {
			result.rejectValue("value", "admin.text.required");
		}
		if (!result.hasErrors() && this.publishing.save(PageText.class, id, action, publishAt,
				() -> this.editor.updateText(id, form), result, model, redirect)) {
			return "redirect:/admin/textes";
		}
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("currentText", text.getBody());
			AdminForms.offerToReplace(model, text.getVersion());
		}
		model.addAttribute("item", text);
		return "admin/sitewide/text";
	}

}
