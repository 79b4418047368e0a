package fr.peringenierie.site.tooling;

import jakarta.validation.Valid;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.LabelForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office screens for the software categories and tools.
 */
@Controller
class ToolingAdminController {

	private final ToolingEditor editor;

	ToolingAdminController(ToolingEditor editor) {
		this.editor = editor;
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
		redirect.addFlashAttribute("success", "Catégorie ajoutée : ajoutez-lui des logiciels.");
		return "redirect:/admin/moyens-techniques/" + category.getId();
	}

	@GetMapping("/admin/moyens-techniques/{id}")
	String editCategory(@PathVariable long id, Model model) {
		ToolCategory category = this.editor.category(id);
		model.addAttribute("form", LabelForm.of(category.getName(), category.getVersion()));
		return showCategory(category, model);
	}

	@PostMapping("/admin/moyens-techniques/{id}")
	String renameCategory(@PathVariable long id, @Valid @ModelAttribute("form") LabelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && AdminForms.save(() -> this.editor.renameCategory(id, form), result)) {
			redirect.addFlashAttribute("success", AdminForms.SAVED);
			return "redirect:/admin/moyens-techniques/" + id;
		}
		ToolCategory current = this.editor.category(id);
		if (result.hasGlobalErrors()) {
			model.addAttribute("currentText", current.getName());
			form.setVersion(current.getVersion());
		}
		return showCategory(current, model);
	}

	@PostMapping("/admin/moyens-techniques/{id}/monter")
	String moveCategoryUp(@PathVariable long id) {
		this.editor.moveCategory(id, -1);
		return "redirect:/admin/moyens-techniques";
	}

	@PostMapping("/admin/moyens-techniques/{id}/descendre")
	String moveCategoryDown(@PathVariable long id) {
		this.editor.moveCategory(id, 1);
		return "redirect:/admin/moyens-techniques";
	}

	@PostMapping("/admin/moyens-techniques/{id}/supprimer")
	String deleteCategory(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.deleteCategory(id);
		redirect.addFlashAttribute("success", "Catégorie supprimée.");
		return "redirect:/admin/moyens-techniques";
	}

	@PostMapping("/admin/moyens-techniques/{id}/logiciels")
	String addTool(@PathVariable long id, @Valid @ModelAttribute("toolForm") LabelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			ToolCategory category = this.editor.category(id);
			model.addAttribute("form", LabelForm.of(category.getName(), category.getVersion()));
			return showCategory(category, model);
		}
		this.editor.addTool(id, form);
		redirect.addFlashAttribute("success", "Logiciel ajouté.");
		return "redirect:/admin/moyens-techniques/" + id;
	}

	@GetMapping("/admin/logiciels/{id}")
	String editTool(@PathVariable long id, Model model) {
		Tool tool = this.editor.tool(id);
		model.addAttribute("form", LabelForm.of(tool.getLabel(), tool.getVersion()));
		return showTool(tool, model);
	}

	@PostMapping("/admin/logiciels/{id}")
	String renameTool(@PathVariable long id, @Valid @ModelAttribute("form") LabelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && AdminForms.save(() -> this.editor.renameTool(id, form), result)) {
			redirect.addFlashAttribute("success", AdminForms.SAVED);
			return "redirect:/admin/moyens-techniques/" + this.editor.tool(id).getCategory().getId();
		}
		Tool current = this.editor.tool(id);
		if (result.hasGlobalErrors()) {
			model.addAttribute("currentText", current.getLabel());
			form.setVersion(current.getVersion());
		}
		return showTool(current, model);
	}

	@PostMapping("/admin/logiciels/{id}/monter")
	String moveToolUp(@PathVariable long id) {
		return "redirect:/admin/moyens-techniques/" + this.editor.moveTool(id, -1);
	}

	@PostMapping("/admin/logiciels/{id}/descendre")
	String moveToolDown(@PathVariable long id) {
		return "redirect:/admin/moyens-techniques/" + this.editor.moveTool(id, 1);
	}

	@PostMapping("/admin/logiciels/{id}/supprimer")
	String deleteTool(@PathVariable long id, RedirectAttributes redirect) {
		long categoryId = this.editor.deleteTool(id);
		redirect.addFlashAttribute("success", "Logiciel supprimé.");
		return "redirect:/admin/moyens-techniques/" + categoryId;
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

	private String showTool(Tool tool, Model model) {
		model.addAttribute("heading", "Logiciel de la catégorie « " + tool.getCategory().getName() + " »");
		model.addAttribute("actionUrl", "/admin/logiciels/" + tool.getId());
		model.addAttribute("backUrl", "/admin/moyens-techniques/" + tool.getCategory().getId());
		return "admin/label";
	}

}
