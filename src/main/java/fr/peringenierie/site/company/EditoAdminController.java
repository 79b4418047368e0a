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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office screen for the édito.
 */
@Controller
class EditoAdminController {

	private final EditoEditor editor;

	private final RichTextSanitizer sanitizer;

	private final Messages messages;

	private final PublishActions publishing;

	EditoAdminController(EditoEditor editor, RichTextSanitizer sanitizer, Messages messages,
			PublishActions publishing) {
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
		this.sanitizer = sanitizer;
	}

	@ModelAttribute("editoId")
	long editoId() {
		return this.editor.edito().getId();
	}

	@GetMapping("/admin/edito")
	String editEdito(Model model) {
		Edito edito = this.editor.edito();
		this.publishing.showDraft(edito, model);
		model.addAttribute("form", EditoForm.of(edito));
		return "admin/company/edito";
	}

	@PostMapping("/admin/edito")
	String updateEdito(@Valid @ModelAttribute("form") EditoForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && AdminForms.PREVIEW.equals(action)) {
			model.addAttribute("preview", this.sanitizer.sanitize(form.getBody()));
		}
		else if (!result.hasErrors() && this.publishing.save(Edito.class, editoId(), action, publishAt,
				() -> this.editor.updateEdito(form), result, model, redirect)) {
			return "redirect:/admin/edito";
		}
		if (AdminForms.hasConflict(result)) {
			Edito current = this.editor.edito();
			model.addAttribute("current", current.getBody());
			AdminForms.offerToReplace(model, current.getVersion());
		}
		return "admin/company/edito";
	}

}
