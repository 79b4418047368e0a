package fr.peringenierie.site.department;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.ImageUploads;
import fr.peringenierie.site.web.LabelForm;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office screens for departments, their sections and their list items.
 */
@Controller
class DepartmentAdminController {

	private static final String DEPARTMENT_VIEW = "admin/department/department";

	private static final String SECTION_VIEW = "admin/department/section";

	private final DepartmentEditor editor;

	private final ImageUploads uploads;

	private final SectionItemEditor items;

	private final RichTextSanitizer sanitizer;

	private final Messages messages;

	private final PublishActions publishing;

	DepartmentAdminController(DepartmentEditor editor, SectionItemEditor items, RichTextSanitizer sanitizer,
			Messages messages, PublishActions publishing, ImageUploads uploads) {
		this.uploads = uploads;
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
		this.items = items;
		this.sanitizer = sanitizer;
	}

	@GetMapping("/admin/departements")
	String list(Model model) {
		model.addAttribute("departments", this.editor.departments());
		return "admin/department/list";
	}

	@GetMapping("/admin/departements/nouveau")
	String newDepartment(Model model) {
		model.addAttribute("form", new DepartmentForm());
		return DEPARTMENT_VIEW;
	}

	@PostMapping("/admin/departements/nouveau")
	String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		this.editor.fillBlankAddress(form, null);
		if (form.getSlug() == null || form.getSlug().isBlank()) {
			result.rejectValue("slug", "department.slug.required");
		}
		if (!result.hasFieldErrors("slug") && this.editor.slugTakenByAnother(form.getSlug(), null)) {
			result.rejectValue("slug", "department.slug.taken");
		}
		if (result.hasErrors() || AdminForms.PREVIEW.equals(action)) {
			previewIfValid(result, form.getSummary(), model);
			return DEPARTMENT_VIEW;
		}
		Department department = this.editor.createDepartment(form);
		redirect.addFlashAttribute("success", this.messages.get("department.created"));
		return "redirect:/admin/departements/" + department.getId();
	}

	@GetMapping("/admin/departements/{id}")
	String edit(@PathVariable long id, Model model) {
		Department department = this.editor.department(id);
		this.publishing.showDraft(department, model);
		model.addAttribute("form", DepartmentForm.of(department));
		model.addAttribute("department", department);
		return DEPARTMENT_VIEW;
	}

	@PostMapping("/admin/departements/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		this.editor.fillBlankAddress(form, id);
		if (form.getSlug() == null || form.getSlug().isBlank()) {
			result.rejectValue("slug", "department.slug.required");
		}
		if (!result.hasFieldErrors("slug") && this.editor.slugTakenByAnother(form.getSlug(), id)) {
			result.rejectValue("slug", "department.slug.taken");
		}
		if (!result.hasErrors() && AdminForms.PREVIEW.equals(action)) {
			model.addAttribute("preview", this.sanitizer.sanitize(form.getSummary()));
		}
		else if (!result.hasErrors() && this.publishing.save(Department.class, id, action, publishAt,
				() -> this.editor.updateDepartment(id, form), result, model, redirect)) {
			return "redirect:/admin/departements/" + id;
		}
		Department current = this.editor.department(id);
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("current", current.getSummary());
			AdminForms.offerToReplace(model, current.getVersion());
		}
		model.addAttribute("department", current);
		return DEPARTMENT_VIEW;
	}

	@GetMapping("/admin/departements/{id}/sections/nouvelle")
	String newSection(@PathVariable long id, Model model) {
		model.addAttribute("form", new SectionForm());
		model.addAttribute("department", this.editor.department(id));
		return SECTION_VIEW;
	}

	@PostMapping("/admin/departements/{id}/sections/nouvelle")
	String createSection(@PathVariable long id, @Valid @ModelAttribute("form") SectionForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || AdminForms.PREVIEW.equals(action)) {
			previewIfValid(result, form.getBody(), model);
			model.addAttribute("department", this.editor.department(id));
			return SECTION_VIEW;
		}
		DepartmentSection section = this.editor.createSection(id, form);
		redirect.addFlashAttribute("success", this.messages.get("admin.saved"));
		return "redirect:/admin/sections/" + section.getId();
	}

	@GetMapping("/admin/sections/{id}")
	String editSection(@PathVariable long id, Model model) {
		DepartmentSection section = this.editor.section(id);
		this.publishing.showDraft(section, model);
		model.addAttribute("form", SectionForm.of(section));
		return showSection(section, model);
	}

	@PostMapping("/admin/sections/{id}")
	String updateSection(@PathVariable long id, @Valid @ModelAttribute("form") SectionForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && AdminForms.PREVIEW.equals(action)) {
			previewIfValid(result, form.getBody(), model);
		}
		else if (!result.hasErrors() && this.publishing.save(DepartmentSection.class, id, action, publishAt,
				() -> this.editor.updateSection(id, form), result, model, redirect)) {
			return "redirect:/admin/sections/" + id;
		}
		DepartmentSection current = this.editor.section(id);
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("current", current.getBody());
			AdminForms.offerToReplace(model, current.getVersion());
		}
		return showSection(current, model);
	}

	@PostMapping("/admin/sections/{id}/elements")
	String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") LabelForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			DepartmentSection section = this.editor.section(id);
			model.addAttribute("form", SectionForm.of(section));
			return showSection(section, model);
		}
		this.items.add(id, form);
		redirect.addFlashAttribute("success", this.messages.get("department.item.added"));
		return "redirect:/admin/sections/" + id;
	}

	private String showSection(DepartmentSection section, Model model) {
		model.addAttribute("section", section);
		model.addAttribute("department", section.getDepartment());
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new LabelForm());
		}
		return SECTION_VIEW;
	}

	private void previewIfValid(BindingResult result, String body, Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("preview", this.sanitizer.sanitize(body));
		}
	}

	@PostMapping("/admin/departements/{id}/image")
	String uploadImage(@PathVariable long id, @RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(name = "alt", defaultValue = "") String alt, RedirectAttributes redirect) {
		this.uploads.accept(image, alt, redirect, (prepared, text) -> this.editor.setImage(id, prepared, text));
		return "redirect:/admin/departements/" + id + "#image";
	}

	@PostMapping("/admin/departements/{id}/image/pivoter")
	String rotateImage(@PathVariable long id, @RequestParam(name = "sens", defaultValue = "1") int turns,
			RedirectAttributes redirect) {
		this.uploads.rotate(this.editor.department(id).getImage(), turns, redirect,
				(rotated) -> this.editor.rotateImage(id, rotated));
		return "redirect:/admin/departements/" + id + "#image";
	}

	@PostMapping("/admin/departements/{id}/image/point")
	String focusImage(@PathVariable long id, @RequestParam(name = "x", defaultValue = "50") int x,
			@RequestParam(name = "y", defaultValue = "50") int y, RedirectAttributes redirect) {
		this.editor.focusImage(id, x, y);
		this.uploads.focused(redirect);
		return "redirect:/admin/departements/" + id + "#image";
	}

	@PostMapping("/admin/departements/{id}/image/supprimer")
	String removeImage(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.removeImage(id);
		this.uploads.removed(redirect);
		return "redirect:/admin/departements/" + id + "#image";
	}

}
