package fr.peringenierie.site.news;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.ImageUploads;
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
 * Back-office screens for the news: the list, a new post, a post's edit page (text with
 * drafts, preview and scheduling; the pages it mentions; its photo).
 */
@Controller
class NewsAdminController {

	private static final String BASE = "/admin/actualites";

	private static final String FORM_VIEW = "admin/news/form";

	private final NewsEditor editor;

	private final PublishActions publishing;

	private final ImageUploads uploads;

	private final Messages messages;

	NewsAdminController(NewsEditor editor, PublishActions publishing, ImageUploads uploads, Messages messages) {
		this.editor = editor;
		this.publishing = publishing;
		this.uploads = uploads;
		this.messages = messages;
	}

	@ModelAttribute("categories")
	NewsCategory[] categories() {
		return NewsCategory.values();
	}

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("posts", this.editor.all());
		return "admin/news/list";
	}

	@GetMapping(BASE + "/nouvelle")
	String newPost(Model model) {
		model.addAttribute("form", new NewsForm());
		return FORM_VIEW;
	}

	@PostMapping(BASE + "/nouvelle")
	String create(@Valid @ModelAttribute("form") NewsForm form, BindingResult result, RedirectAttributes redirect) {
		this.editor.validate(form, null, result);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		NewsPost post = this.editor.create(form);
		redirect.addFlashAttribute("success", this.messages.get("news.created"));
		return "redirect:" + BASE + "/" + post.getId();
	}

	@GetMapping(BASE + "/{id}")
	String edit(@PathVariable long id, Model model) {
		NewsPost drafted = this.editor.post(id);
		this.publishing.showDraft(drafted, model);
		NewsPost post = this.editor.post(id);
		model.addAttribute("form", NewsForm.of(drafted).withMentionsOf(post));
		return showForm(post, model);
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") NewsForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		this.editor.validate(form, id, result);
		if (!result.hasErrors()) {
			this.editor.saveMentions(id, form);
			if (this.publishing.save(NewsPost.class, id, action, publishAt, () -> this.editor.update(id, form), result,
					model, redirect)) {
				return "redirect:" + BASE + "/" + id;
			}
		}
		NewsPost current = this.editor.post(id);
		if (AdminForms.hasConflict(result)) {
			AdminForms.offerToReplace(model, current.getVersion());
		}
		return showForm(current, model);
	}

	private String showForm(NewsPost post, Model model) {
		model.addAttribute("post", post);
		model.addAttribute("projects", this.editor.projectChoices());
		model.addAttribute("departments", this.editor.departmentChoices());
		return FORM_VIEW;
	}

	@PostMapping(BASE + "/{id}/photo")
	String photo(@PathVariable long id, @RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(name = "alt", defaultValue = "") String alt, RedirectAttributes redirect) {
		this.editor.post(id);
		this.uploads.accept(image, alt, redirect, (prepared, text) -> this.editor.setImage(id, prepared, text));
		return "redirect:" + BASE + "/" + id + "#photo";
	}

	@PostMapping(BASE + "/{id}/photo/pivoter")
	String rotatePhoto(@PathVariable long id, @RequestParam(name = "sens", defaultValue = "1") int turns,
			RedirectAttributes redirect) {
		this.uploads.rotate(this.editor.post(id).getImage(), turns, redirect,
				(rotated) -> this.editor.rotateImage(id, rotated));
		return "redirect:" + BASE + "/" + id + "#photo";
	}

	@PostMapping(BASE + "/{id}/photo/point")
	String focusPhoto(@PathVariable long id, @RequestParam(name = "x", defaultValue = "50") int x,
			@RequestParam(name = "y", defaultValue = "50") int y, RedirectAttributes redirect) {
		this.editor.focusImage(id, x, y);
		this.uploads.focused(redirect);
		return "redirect:" + BASE + "/" + id + "#photo";
	}

	@PostMapping(BASE + "/{id}/photo/supprimer")
	String removePhoto(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.removeImage(id);
		this.uploads.removed(redirect);
		return "redirect:" + BASE + "/" + id + "#photo";
	}

}
