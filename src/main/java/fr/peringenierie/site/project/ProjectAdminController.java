package fr.peringenierie.site.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
		Project project = this.editor.project(id);
		model.addAttribute("form", ProjectForm.of(drafted).withDetailsOf(project));
		model.addAttribute("project", project);
		return FORM_VIEW;
	}

	@PostMapping("/admin/realisations/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		this.editor.validate(form, id, result);
		if (!result.hasErrors()) {
			ProjectEditor.DetailsSaved details = this.editor.saveDetails(id, form);
			boolean saved = this.publishing.save(Project.class, id, action, publishAt,
					() -> this.editor.update(id, form), result, model, redirect);
			report(details, redirect);
			if (saved) {
				return "redirect:/admin/realisations/" + id;
			}
		}
		return showAgain(id, form, result, model, redirect);
	}

	/**
	 * « Enregistrer les descriptions » and the return from photos sent by the page's
	 * script: what was typed on the page is saved, nothing else happens.
	 */
	@PostMapping("/admin/realisations/{id}/garder")
	String keep(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			@RequestParam(defaultValue = "") String anchor, Model model, RedirectAttributes redirect) {
		ProjectEditor.DetailsSaved details = this.editor.saveDetails(id, form);
		return keepTyping(id, form, details, result, model, redirect,
				"/admin/realisations/" + id + (anchor.matches("[a-z0-9-]{1,40}") ? "#" + anchor : ""));
	}

	/**
	 * Every button of the edit page sends the whole page. What was typed elsewhere on the
	 * page is saved too: the departments and what the photos say as they are, before the
	 * button's own action (which may move or remove a photo); the project's text after
	 * it, as a draft when it changed. A click never loses it. Text that cannot be kept (a
	 * mistake in it, or a colleague's publication meanwhile) is shown again in the page
	 * with the reason.
	 */
	private String keepTyping(long id, ProjectForm form, ProjectEditor.DetailsSaved details, BindingResult result,
			Model model, RedirectAttributes redirect, String target) {
		report(details, redirect);
		if (!form.carriesText()) {
			return "redirect:" + target;
		}
		this.editor.validate(form, id, result);
		if (!result.hasErrors()
				&& this.publishing.keep(Project.class, id, () -> this.editor.update(id, form), result, redirect)) {
			return "redirect:" + target;
		}
		return showAgain(id, form, result, model, redirect);
	}

	/**
	 * The edit page again, with what was typed and why it was not all saved; messages of
	 * what was done are shown with it.
	 */
	private String showAgain(long id, ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAllAttributes(redirect.getFlashAttributes());
		Project current = this.editor.project(id);
		form.followSavedPhotos(current);
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("current", current);
			AdminForms.offerToReplace(model, current.getVersion());
		}
		model.addAttribute("project", current);
		return FORM_VIEW;
	}

	/**
	 * Adds to the messages what was saved beside the text, and what could not be.
	 */
	private void report(ProjectEditor.DetailsSaved details, RedirectAttributes redirect) {
		if (details.savedAnything()) {
			append(redirect, "success",
					this.messages.get(details.online() ? "project.details.saved" : "project.details.saved.offline"));
		}
		for (ProjectEditor.PhotoProblem problem : details.problems()) {
			append(redirect, "failure", this.messages
				.get("project.details." + problem.reason().name().toLowerCase(Locale.ROOT), problem.number()));
		}
	}

	private static void append(RedirectAttributes redirect, String key, String text) {
		Object before = redirect.getFlashAttributes().get(key);
		redirect.addFlashAttribute(key, (before != null) ? before + " " + text : text);
	}

	/**
	 * One photo or several at once (without JavaScript, every file chosen shares the
	 * description typed). Each file is prepared before any transaction; a file refused
	 * says why and the others are kept.
	 */
	@PostMapping("/admin/realisations/{id}/photos")
	String addPhotos(@PathVariable long id, @RequestParam(name = "photo", required = false) List<MultipartFile> files,
			@RequestParam(name = "photoAlt", defaultValue = "") String alt,
			@RequestParam(name = "photoCaption", defaultValue = "") String caption,
			@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectEditor.DetailsSaved details = this.editor.saveDetails(id, form);
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
			model.addAttribute("typedAlt", alt);
			model.addAttribute("typedCaption", caption);
		}
		return keepTyping(id, form, details, result, model, redirect, "/admin/realisations/" + id + "#photos");
	}

	/**
	 * One photo sent by the page's script (several files dropped are sent one by one,
	 * each with its progress bar): the outcome as French text, not a page.
	 */
	@PostMapping(path = "/admin/realisations/{id}/photos", headers = "X-Requested-With=XMLHttpRequest")
	@ResponseBody
	ResponseEntity<String> addPhotoFromScript(@PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile file,
			@RequestParam(name = "photoAlt", defaultValue = "") String alt,
			@RequestParam(name = "photoCaption", defaultValue = "") String caption) {
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
		return "redirect:/admin/realisations/" + id + "/photos/" + photoId;
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}/point")
	String focusPhoto(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(name = "x", defaultValue = "50") int x, @RequestParam(name = "y", defaultValue = "50") int y,
			RedirectAttributes redirect) {
		this.editor.focusPhoto(id, photoId, x, y);
		redirect.addFlashAttribute("success", this.messages.get("project.photo.focused"));
		return "redirect:/admin/realisations/" + id + "/photos/" + photoId;
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
			@RequestParam(defaultValue = "false") boolean confirmed, @Valid @ModelAttribute("form") ProjectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectEditor.DetailsSaved details = this.editor.saveDetails(id, form);
		if (photoIds == null || photoIds.isEmpty()) {
			redirect.addFlashAttribute("failure", this.messages.get("project.photos.none-chosen"));
			return keepTyping(id, form, details, result, model, redirect, "/admin/realisations/" + id + "#photos");
		}
		if (!confirmed) {
			String confirm = "/admin/realisations/" + id + "/photos/retirer?"
					+ String.join("&",
							photoIds.stream()
								.distinct()
								.limit(ProjectEditor.MAX_PHOTOS)
								.map((photo) -> "photos=" + photo)
								.toList());
			return keepTyping(id, form, details, result, model, redirect, confirm);
		}
		int removed = this.editor.removePhotos(id, photoIds);
		redirect.addFlashAttribute("success", this.messages.get("project.photos.removed", removed));
		return "redirect:/admin/realisations/" + id + "#photos";
	}

	/**
	 * A photo's own page: turning it, choosing the point every crop keeps in view.
	 */
	@GetMapping("/admin/realisations/{id}/photos/{photoId}")
	String photoTools(@PathVariable long id, @PathVariable long photoId, Model model) {
		Project project = this.editor.project(id);
		ProjectPhoto photo = this.editor.photo(id, photoId);
		model.addAttribute("project", project);
		model.addAttribute("photo", photo);
		model.addAttribute("number",
				project.getPhotos().stream().map(ProjectPhoto::getId).toList().indexOf(photoId) + 1);
		return "admin/project/photo";
	}

	/**
	 * « Tourner, point visible » on the edit page: what was typed is kept, then the
	 * photo's own page opens.
	 */
	@PostMapping("/admin/realisations/{id}/photos/{photoId}/outils")
	String openPhotoTools(@PathVariable long id, @PathVariable long photoId,
			@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectEditor.DetailsSaved details = this.editor.saveDetails(id, form);
		this.editor.photo(id, photoId);
		return keepTyping(id, form, details, result, model, redirect,
				"/admin/realisations/" + id + "/photos/" + photoId);
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}/deplacer")
	String movePhoto(@PathVariable long id, @PathVariable long photoId, @RequestParam(defaultValue = "0") int offset,
			@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectEditor.DetailsSaved details = this.editor.saveDetails(id, form);
		this.editor.movePhoto(id, photoId, offset);
		redirect.addFlashAttribute("success", this.messages.get("project.photo.moved"));
		return keepTyping(id, form, details, result, model, redirect,
				"/admin/realisations/" + id + "#photo-" + photoId);
	}

	@GetMapping("/admin/realisations/{id}/photos/{photoId}/supprimer")
	String confirmRemovePhoto(@PathVariable long id, @PathVariable long photoId, Model model) {
		model.addAttribute("project", this.editor.project(id));
		model.addAttribute("photo", this.editor.photo(id, photoId));
		return "admin/project/remove-photo";
	}

	@PostMapping("/admin/realisations/{id}/photos/{photoId}/supprimer")
	String removePhoto(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(defaultValue = "false") boolean confirmed, @Valid @ModelAttribute("form") ProjectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectEditor.DetailsSaved details = this.editor.saveDetails(id, form);
		if (!confirmed) {
			return keepTyping(id, form, details, result, model, redirect,
					"/admin/realisations/" + id + "/photos/" + photoId + "/supprimer");
		}
		this.editor.removePhoto(id, photoId);
		redirect.addFlashAttribute("success", this.messages.get("project.image.removed"));
		return "redirect:/admin/realisations/" + id + "#photos";
	}

	/**
	 * A change to a project visitors cannot see yet is saved, not "online": the message
	 * says which.
	 */
	private String onlineOrNot(long id, String onlineMessage) {
		return this.messages.get(this.editor.project(id).isPublished() ? onlineMessage : "project.saved.offline");
	}

}
