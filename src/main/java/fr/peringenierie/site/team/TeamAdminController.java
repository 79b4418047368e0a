package fr.peringenierie.site.team;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
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
 * Back-office screens for the team's roles and headcounts.
 */
@Controller
class TeamAdminController {

	private static final String LIST_VIEW = "admin/team/list";

	private static final String ROLE_VIEW = "admin/team/role";

	private final TeamEditor editor;

	private final Messages messages;

	private final PublishActions publishing;

	private final TeamMemberEditor members;

	TeamAdminController(TeamEditor editor, Messages messages, PublishActions publishing, TeamMemberEditor members) {
		this.members = members;
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
	}

	@GetMapping("/admin/equipe")
	String list(Model model) {
		model.addAttribute("form", new TeamRoleForm());
		return showList(model);
	}

	@PostMapping("/admin/equipe")
	String create(@Valid @ModelAttribute("form") TeamRoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(model);
		}
		this.editor.create(form);
		redirect.addFlashAttribute("success", this.messages.get("team.role.added"));
		return "redirect:/admin/equipe";
	}

	@GetMapping("/admin/equipe/{id}")
	String edit(@PathVariable long id, Model model) {
		TeamRole role = this.editor.role(id);
		this.publishing.showDraft(role, model);
		model.addAttribute("form", TeamRoleForm.of(role));
		model.addAttribute("role", role);
		return ROLE_VIEW;
	}

	@PostMapping("/admin/equipe/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TeamRoleForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String publishAt,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.publishing.save(TeamRole.class, id, action, publishAt,
				() -> this.editor.update(id, form), result, model, redirect)) {
			return "redirect:/admin/equipe";
		}
		TeamRole current = this.editor.role(id);
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("currentText", current.getHeadcount() + " " + current.getLabel());
			AdminForms.offerToReplace(model, current.getVersion());
		}
		model.addAttribute("role", current);
		return ROLE_VIEW;
	}

	private String showList(Model model) {
		model.addAttribute("team", new Team(this.editor.roles()));
		model.addAttribute("members", this.members.all());
		return LIST_VIEW;
	}

}
