package fr.peringenierie.site.project;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.Messages;

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
 * Back-office screens for the project gallery.
 */
@Controller
class ProjectAdminController {

	private static final String LIST_VIEW = "admin/project/list";

	private static final String FORM_VIEW = "admin/project/form";

	private final ProjectEditor editor;

	private final Messages messages;

	private final PublishActions publishing;

	ProjectAdminController(ProjectEditor editor, Messages messages, PublishActions publishing) {
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
	}

	@GetMapping("/admin/realisations")
	String list(Model model) {
		model.addAttribute("projects", this.editor.all());
		return LIST_VIEW;
	}

	@ModelAttribute("sectors")
	List<String> sectors() {
		return this.editor.sectorsInUse();
	}

	@ModelAttribute("departments")
	List<Department> departments() {
		return this.editor.departmentChoices();
	}

	@GetMapping("/admin/realisations/nouvelle")
	String newProject(Model model) {
		model.addAttribute("form", new ProjectForm());
		return FORM_VIEW;
	}

	@PostMapping("/admin/realisations/nouvelle")
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, RedirectAttributes redirect) {
		this.editor.validate(form, null, result);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		Project project = this.editor.create(form);
		redirect.addFlashAttribute("success", this.messages.get("project.created"));
		return "redirect:/admin/realisations/" + project.getId();
	}

	@GetMapping("/admin/realisations/{id}")
	String edit(@PathVariable long id, Model model) {
		// The form shows the draft; the rest of the page, the project as it is online.
		Project drafted = this.editor.project(id);
		this.publishing.showDraft(drafted, model);
		model.addAttribute("form", ProjectForm.of(drafted));
		model.addAttribute("project", this.editor.project(id));
		return FORM_VIEW;
	}

	@PostMapping("/admin/realisations/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		this.editor.validate(form, id, result);
		if (!result.hasErrors() && this.publishing.save(Project.class, id, action, publishAt,
				() -> this.editor.update(id, form), result, model, redirect)) {
			return "redirect:/admin/realisations/" + id;
		}
		Project current = this.editor.project(id);
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("current", current);
			AdminForms.offerToReplace(model, current.getVersion());
		}
		model.addAttribute("project", current);
		return FORM_VIEW;
	}

	@PostMapping("/admin/realisations/{id}/photos")
	String addPhoto(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			@RequestParam(name = "alt", defaultValue = "") String alt,
			@RequestParam(name = "caption", defaultValue = "") String caption, RedirectAttributes redirect)
			throws IOException {
		if (alt.isBlank() || alt.length() > 300) {
			redirect.addFlashAttribute("failure", this.messages.get("project.image.alt-missing"));
		}
		else if (caption.length() > 300) {
			redirect.addFlashAttribute("failure", this.messages.get("project.photo.caption-too-long"));
		}
		else {
			try {
				this.editor.addPhoto(id, (photo != null) ? photo.getBytes() : null, alt, caption);
				redirect.addFlashAttribute("success", onlineOrNot(id, "project.image.saved"));
			}
			catch (ImageProcessor.InvalidImageException ex) {
				redirect.addFlashAttribute("failure", this.messages.get("project.image.refused", ex.getMessage()));
			}
		}
		return "redirect:/admin/realisations/" + id + "#photos";
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}")
	String describePhoto(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(name = "alt", defaultValue = "") String alt,
			@RequestParam(name = "caption", defaultValue = "") String caption,
			@RequestParam(name = "version", defaultValue = "-1") long version, RedirectAttributes redirect) {
		if (alt.isBlank() || alt.length() > 300) {
			redirect.addFlashAttribute("failure", this.messages.get("project.photo.alt-missing"));
		}
		else if (caption.length() > 300) {
			redirect.addFlashAttribute("failure", this.messages.get("project.photo.caption-too-long"));
		}
		else {
			try {
				this.editor.describePhoto(id, photoId, alt, caption, version);
				redirect.addFlashAttribute("success", onlineOrNot(id, "project.photo.described"));
			}
			catch (EditConflictException ex) {
				redirect.addFlashAttribute("failure", this.messages.get("project.photo.conflict"));
			}
		}
		return "redirect:/admin/realisations/" + id + "#photo-" + photoId;
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}/deplacer")
	String movePhoto(@PathVariable long id, @PathVariable long photoId, @RequestParam(defaultValue = "0") int offset,
			RedirectAttributes redirect) {
		this.editor.movePhoto(id, photoId, offset);
		redirect.addFlashAttribute("success", this.messages.get("project.photo.moved"));
		return "redirect:/admin/realisations/" + id + "#photos";
	}

	@GetMapping("/admin/realisations/{id}/photos/{photoId}/supprimer")
	String confirmRemovePhoto(@PathVariable long id, @PathVariable long photoId, Model model) {
		model.addAttribute("project", this.editor.project(id));
		model.addAttribute("photo", this.editor.photo(id, photoId));
		return "admin/project/remove-photo";
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}/supprimer")
	String removePhoto(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:/admin/realisations/" + id + "/photos/" + photoId + "/supprimer";
		}
		this.editor.removePhoto(id, photoId);
		redirect.addFlashAttribute("success", this.messages.get("project.image.removed"));
		return "redirect:/admin/realisations/" + id + "#photos";
	}

	@PostMapping("/admin/realisations/{id}/departements")
	String assignDepartments(@PathVariable long id,
			@RequestParam(name = "departments", required = false) List<Long> departments, RedirectAttributes redirect) {
		this.editor.assignDepartments(id, (departments != null) ? departments : List.of());
		redirect.addFlashAttribute("success", onlineOrNot(id, "project.departments.saved"));
		return "redirect:/admin/realisations/" + id;
	}

	/**
	 * A change to a project visitors cannot see yet is saved, not "online": the message
	 * says which.
	 */
	private String onlineOrNot(long id, String onlineMessage) {
		return this.messages.get(this.editor.project(id).isPublished() ? onlineMessage : "project.saved.offline");
	}

}
