package fr.peringenierie.site.tooling;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.LabelForm;
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
 * Back-office screens for the software categories and tools.
 */
@Controller
class ToolingAdminController {

	private final ToolingEditor editor;

	private final ToolEditor tools;

	private final Messages messages;

	private final PublishActions publishing;

	ToolingAdminController(ToolingEditor editor, ToolEditor tools, Messages messages, PublishActions publishing) {
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
		this.tools = tools;
	}

	@GetMapping("/admin/moyens-techniques")
	String list(Model model) {
		model.addAttribute("form", new LabelForm());
		return showList(model);
	}

	@PostMapping("/admin/moyens-techniques")
	String createCategory(@Valid @ModelAttribute("form") LabelForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(model);
		}
		ToolCategory category = this.editor.createCategory(form);
		redirect.addFlashAttribute("success", this.messages.get("tooling.category.added"));
		return "redirect:/admin/moyens-techniques/" + category.getId();
	}

	@GetMapping("/admin/moyens-techniques/{id}")
	String editCategory(@PathVariable long id, Model model) {
		ToolCategory category = this.editor.category(id);
		this.publishing.showDraft(category, model);
		model.addAttribute("form", LabelForm.of(category.getName(), category.getVersion()));
		return showCategory(category, model);
	}

	@PostMapping("/admin/moyens-techniques/{id}")
	String renameCategory(@PathVariable long id, @Valid @ModelAttribute("form") LabelForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.publishing.save(ToolCategory.class, id, action, publishAt,
				() -> this.editor.renameCategory(id, form), result, model, redirect)) {
			return "redirect:/admin/moyens-techniques/" + id;
		}
		ToolCategory current = this.editor.category(id);
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("currentText", current.getName());
			AdminForms.offerToReplace(model, current.getVersion());
		}
		return showCategory(current, model);
	}

	@PostMapping("/admin/moyens-techniques/{id}/logiciels")
	String addTool(@PathVariable long id, @Valid @ModelAttribute("toolForm") LabelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			ToolCategory category = this.editor.category(id);
			model.addAttribute("form", LabelForm.of(category.getName(), category.getVersion()));
			return showCategory(category, model);
		}
		this.tools.add(id, form);
		redirect.addFlashAttribute("success", this.messages.get("tooling.tool.added"));
		return "redirect:/admin/moyens-techniques/" + id;
	}

	private String showList(Model model) {
		model.addAttribute("categories", this.editor.categories());
		return "admin/tooling/list";
	}

	private String showCategory(ToolCategory category, Model model) {
		model.addAttribute("category", category);
		if (!model.containsAttribute("toolForm")) {
			model.addAttribute("toolForm", new LabelForm());
		}
		return "admin/tooling/category";
	}

}
