package fr.peringenierie.site.admin;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.LabelForm;
import fr.peringenierie.site.web.ListEntry;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.Hibernate;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office screen of one entry of a list, written once for every kind: each kind
 * maps it under its own address with {@code @RequestMapping}. Moving and deleting are
 * {@link OrderedContentAdminController}'s.
 *
 * @param <E> the kind of entry
 */
public abstract class ListEntryAdminController<E extends ListEntry> {

	static final String VIEW = "admin/label";

	private final ListEntryEditor<E> editor;

	protected final Messages messages;

	private final PublishActions publishing;

	protected ListEntryAdminController(ListEntryEditor<E> editor, Messages messages, PublishActions publishing) {
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
	}

	/** The address of the entry's own screens. */
	protected abstract String entryUrl(E entry);

	/** The title of the entry's screen. */
	protected abstract String heading(E entry);

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		E entry = this.editor.entry(id);
		this.publishing.showDraft(entry, model);
		model.addAttribute("form", LabelForm.of(entry.getLabel(), entry.getVersion()));
		return show(entry, model);
	}

	@PostMapping("/{id}")
	String rename(@PathVariable long id, @Valid @ModelAttribute("form") LabelForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.publishing.save(Hibernate.getClass(this.editor.entry(id)), id, action,
				publishAt, () -> this.editor.rename(id, form), result, model, redirect)) {
			return "redirect:" + this.editor.listUrl(id);
		}
		E current = this.editor.entry(id);
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("currentText", current.getLabel());
			AdminForms.offerToReplace(model, current.getVersion());
		}
		return show(current, model);
	}

	private String show(E entry, Model model) {
		model.addAttribute("heading", heading(entry));
		model.addAttribute("actionUrl", entryUrl(entry));
		model.addAttribute("backUrl", this.editor.listUrl(entry.getId()));
		model.addAttribute("historySegment", Hibernate.getClass(entry).getAnnotation(TrackedContent.class).segment());
		model.addAttribute("entryId", entry.getId());
		return VIEW;
	}

}
