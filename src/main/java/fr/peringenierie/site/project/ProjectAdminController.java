package fr.peringenierie.site.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.StoredImages;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
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

	private final StoredImages images;

	ProjectAdminController(ProjectEditor editor, Messages messages, PublishActions publishing, StoredImages images) {
		this.images = images;
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

	/**
	 * One photo or several at once (without JavaScript, every file chosen shares the
	 * description typed). Each file is prepared before any transaction; a file refused
	 * says why and the others are kept.
	 */
	@PostMapping("/admin/realisations/{id}/photos")
	String addPhotos(@PathVariable long id, @RequestParam(name = "photo", required = false) List<MultipartFile> files,
			@RequestParam(name = "alt", defaultValue = "") String alt,
			@RequestParam(name = "caption", defaultValue = "") String caption, RedirectAttributes redirect) {
		List<MultipartFile> chosen = (files != null) ? files.stream().filter((file) -> !file.isEmpty()).toList()
				: List.of();
		if (chosen.isEmpty()) {
			chosen = Collections.singletonList(null);
		}
		int saved = 0;
		List<String> refusals = new ArrayList<>();
		for (MultipartFile file : chosen) {
			String refusal = addPhoto(id, file, alt, caption);
			if (refusal == null) {
				saved++;
			}
			else {
				refusals
					.add((file != null && chosen.size() > 1) ? file.getOriginalFilename() + " : " + refusal : refusal);
			}
		}
		if (saved > 0) {
			redirect.addFlashAttribute("success", (chosen.size() == 1) ? onlineOrNot(id, "project.image.saved")
					: this.messages.get("project.photos.saved", saved) + " " + onlineOrNot(id, "project.saved.online"));
		}
		if (!refusals.isEmpty()) {
			redirect.addFlashAttribute("failure", String.join(" ", refusals));
			// What was typed beside the file is handed back, not lost.
			redirect.addFlashAttribute("typedAlt", alt);
			redirect.addFlashAttribute("typedCaption", caption);
		}
		return "redirect:/admin/realisations/" + id + "#photos";
	}

	/**
	 * One photo sent by the page's script (several files dropped are sent one by one,
	 * each with its progress bar): the outcome as French text, not a page.
	 */
	@PostMapping(path = "/admin/realisations/{id}/photos", headers = "X-Requested-With=XMLHttpRequest")
	@ResponseBody
	ResponseEntity<String> addPhotoFromScript(@PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile file,
			@RequestParam(name = "alt", defaultValue = "") String alt,
			@RequestParam(name = "caption", defaultValue = "") String caption) {
		String refusal = addPhoto(id, file, alt, caption);
		MediaType text = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
		return (refusal != null) ? ResponseEntity.unprocessableContent().contentType(text).body(refusal)
				: ResponseEntity.ok().contentType(text).body(onlineOrNot(id, "project.image.saved"));
	}

	/**
	 * Adds one photo; the French reason when it was not added.
	 */
	private String addPhoto(long id, MultipartFile file, String alt, String caption) {
		if (alt.isBlank() || alt.length() > 300) {
			return this.messages.get("project.image.alt-missing");
		}
		if (caption.length() > 300) {
			return this.messages.get("project.photo.caption-too-long");
		}
		try {
			ImageProcessor.PreparedImage prepared = this.images.prepare((file != null) ? file.getBytes() : null);
			this.editor.addPhoto(id, prepared, alt, caption);
			return null;
		}
		catch (ImageProcessor.InvalidImageException ex) {
			return this.messages.get("project.image.refused", ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}/pivoter")
	String rotatePhoto(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(name = "sens", defaultValue = "1") int turns, RedirectAttributes redirect) {
		StoredImages.Rotated rotated = this.images.rotated(this.editor.photo(id, photoId).getImage(), turns);
		this.editor.rotatePhoto(id, photoId, rotated);
		redirect.addFlashAttribute("success", this.messages.get("project.photo.rotated"));
		return "redirect:/admin/realisations/" + id + "#photo-" + photoId;
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}/point")
	String focusPhoto(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(name = "x", defaultValue = "50") int x, @RequestParam(name = "y", defaultValue = "50") int y,
			RedirectAttributes redirect) {
		this.editor.focusPhoto(id, photoId, x, y);
		redirect.addFlashAttribute("success", this.messages.get("project.photo.focused"));
		return "redirect:/admin/realisations/" + id + "#photo-" + photoId;
	}

	@GetMapping("/admin/realisations/{id}/photos/retirer")
	String confirmRemovePhotos(@PathVariable long id,
			@RequestParam(name = "photos", required = false) List<Long> photoIds, Model model,
			RedirectAttributes redirect) {
		Project project = this.editor.project(id);
		List<ProjectPhoto> chosen = (photoIds == null) ? List.of()
				: project.getPhotos().stream().filter((photo) -> photoIds.contains(photo.getId())).toList();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("failure", this.messages.get("project.photos.none-chosen"));
			return "redirect:/admin/realisations/" + id + "#photos";
		}
		model.addAttribute("project", project);
		model.addAttribute("photos", chosen);
		return "admin/project/remove-photos";
	}

	@PostMapping("/admin/realisations/{id}/photos/retirer")
	String removePhotos(@PathVariable long id, @RequestParam(name = "photos", required = false) List<Long> photoIds,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (photoIds == null || photoIds.isEmpty()) {
			redirect.addFlashAttribute("failure", this.messages.get("project.photos.none-chosen"));
			return "redirect:/admin/realisations/" + id + "#photos";
		}
		if (!confirmed) {
			redirect.addAttribute("photos", photoIds);
			return "redirect:/admin/realisations/" + id + "/photos/retirer";
		}
		int removed = this.editor.removePhotos(id, photoIds);
		redirect.addFlashAttribute("success", this.messages.get("project.photos.removed", removed));
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
