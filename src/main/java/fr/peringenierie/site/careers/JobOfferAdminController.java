package fr.peringenierie.site.careers;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.Messages;

import org.springframework.security.core.context.SecurityContextHolder;
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
 * Back-office screens for the job offers: the list, a new offer, an offer's edit page
 * (drafts, preview, scheduling like every content).
 */
@Controller
class JobOfferAdminController {

	private static final String BASE = "/admin/recrutement";

	private static final String FORM_VIEW = "admin/careers/offer";

	private final JobOfferEditor editor;

	private final Applications applications;

	private final PublishActions publishing;

	private final Messages messages;

	JobOfferAdminController(JobOfferEditor editor, Applications applications, PublishActions publishing,
			Messages messages) {
		this.editor = editor;
		this.applications = applications;
		this.publishing = publishing;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("places", JobPlace.values());
		model.addAttribute("contracts", ContractType.values());
	}

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("offers", this.editor.all());
		model.addAttribute("today", this.editor.today());
		if (AdminForms.publishes(SecurityContextHolder.getContext().getAuthentication())) {
			model.addAttribute("newApplications", this.applications.countNew());
		}
		return "admin/careers/offers";
	}

	@GetMapping(BASE + "/offres/nouvelle")
	String newOffer(Model model) {
		model.addAttribute("form", new JobOfferForm());
		model.addAttribute("departments", this.editor.departmentChoices());
		return FORM_VIEW;
	}

	@PostMapping(BASE + "/offres/nouvelle")
	String create(@Valid @ModelAttribute("form") JobOfferForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.editor.validate(form, null, result);
		if (result.hasErrors()) {
			model.addAttribute("departments", this.editor.departmentChoices());
			return FORM_VIEW;
		}
		JobOffer offer = this.editor.create(form);
		redirect.addFlashAttribute("success", this.messages.get("offer.created"));
		return "redirect:" + BASE + "/offres/" + offer.getId();
	}

	@GetMapping(BASE + "/offres/{id}")
	String edit(@PathVariable long id, Model model) {
		JobOffer drafted = this.editor.offer(id);
		this.publishing.showDraft(drafted, model);
		model.addAttribute("form", JobOfferForm.of(drafted));
		return showForm(this.editor.offer(id), model);
	}

	@PostMapping(BASE + "/offres/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") JobOfferForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		this.editor.validate(form, id, result);
		if (!result.hasErrors() && this.publishing.save(JobOffer.class, id, action, publishAt,
				() -> this.editor.update(id, form), result, model, redirect)) {
			return "redirect:" + BASE + "/offres/" + id;
		}
		JobOffer current = this.editor.offer(id);
		if (AdminForms.hasConflict(result)) {
			AdminForms.offerToReplace(model, current.getVersion());
		}
		return showForm(current, model);
	}

	private String showForm(JobOffer offer, Model model) {
		model.addAttribute("offer", offer);
		model.addAttribute("open", offer.isOpenOn(this.editor.today()));
		model.addAttribute("departments", this.editor.departmentChoices());
		return FORM_VIEW;
	}

}
