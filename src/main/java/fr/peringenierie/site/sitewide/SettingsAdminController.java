package fr.peringenierie.site.sitewide;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.security.core.Authentication;
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
 * Back-office screens for the company details and the settings.
 */
@Controller
class SettingsAdminController {

	private final SettingsEditor editor;

	private final Messages messages;

	private final PublishActions publishing;

	SettingsAdminController(SettingsEditor editor, Messages messages, PublishActions publishing) {
		this.publishing = publishing;
		this.messages = messages;
		this.editor = editor;
	}

	@GetMapping("/admin/parametres")
	String list(Authentication authentication, Model model) {
		List<SiteSetting> settings = this.editor.settings(AdminForms.isAdministrator(authentication));
		List<SettingsSection> sections = Arrays.stream(SettingGroup.values())
			.map((group) -> new SettingsSection(group,
					settings.stream().filter((setting) -> setting.getGroup() == group).toList()))
			.filter((section) -> !section.settings().isEmpty())
			.toList();
		model.addAttribute("sections", sections);
		return "admin/sitewide/settings";
	}

	@GetMapping("/admin/parametres/groupe/{slug}")
	String editGroup(@PathVariable String slug, Authentication authentication, Model model) {
		SettingGroup group = group(slug);
		List<SiteSetting> settings = this.editor.group(group, AdminForms.isAdministrator(authentication));
		model.addAttribute("form", SettingsForm.of(settings));
		return showGroup(group, settings, model);
	}

	@PostMapping("/admin/parametres/groupe/{slug}")
	String updateGroup(@PathVariable String slug, @ModelAttribute("form") SettingsForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		SettingGroup group = group(slug);
		if (AdminForms.REPLACE.equals(action)) {
			form.replaceShownVersions();
		}
		boolean administrator = AdminForms.isAdministrator(authentication);
		AdminForms.save(() -> {
			Map<Long, String> problems = this.editor.updateGroup(group, form, administrator);
			problems.forEach((id, problem) -> result.rejectValue("values[" + id + "]", "invalid", problem));
		}, result);
		if (!result.hasErrors()) {
			// The notification address is never shown on the site: saved is all it is.
			boolean shownToVisitors = this.editor.group(group, administrator)
				.stream()
				.anyMatch((setting) -> !setting.isAdminOnly());
			redirect.addFlashAttribute("success",
					this.messages.get(shownToVisitors ? "admin.saved" : "admin.saved.staff"));
			return "redirect:/admin/parametres";
		}
		List<SiteSetting> settings = this.editor.group(group, administrator);
		if (AdminForms.hasConflict(result)) {
			// The form keeps the versions it was opened from: « Enregistrer » pressed
			// again
			// cannot overwrite the colleague's values; « Remplacer » is a choice apart.
			model.addAttribute("current", settings);
			settings.forEach(
					(setting) -> form.getOnlineVersions().put(String.valueOf(setting.getId()), setting.getVersion()));
		}
		return showGroup(group, settings, model);
	}

	private String showGroup(SettingGroup group, List<SiteSetting> settings, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("settings", settings);
		return "admin/sitewide/settings-group";
	}

	private static SettingGroup group(String slug) {
		return SettingGroup.ofSlug(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Groupe de paramètres inconnu"));
	}

	@GetMapping("/admin/parametres/{id}")
	String edit(@PathVariable long id, Authentication authentication, Model model) {
		SiteSetting setting = this.editor.setting(id, AdminForms.isAdministrator(authentication));
		this.publishing.showDraft(setting, model);
		model.addAttribute("form", TextValueForm.of(setting.getDisplayValue(), setting.getVersion()));
		model.addAttribute("item", setting);
		return "admin/sitewide/setting";
	}

	@PostMapping("/admin/parametres/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TextValueForm form, BindingResult result,
			Authentication authentication, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String publishAt, Model model, RedirectAttributes redirect) {
		boolean administrator = AdminForms.isAdministrator(authentication);
		SiteSetting setting = this.editor.setting(id, administrator);
		String problem = this.editor.problem(setting, form.getValue());
		if (problem != null) {
			result.rejectValue("value", "invalid", problem);
		}
		if (!result.hasErrors() && this.publishing.save(SiteSetting.class, id, action, publishAt,
				() -> this.editor.updateSetting(id, form, administrator), result, model, redirect)) {
			return "redirect:/admin/parametres";
		}
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("currentText", setting.getDisplayValue());
			AdminForms.offerToReplace(model, setting.getVersion());
		}
		model.addAttribute("item", setting);
		return "admin/sitewide/setting";
	}

	/**
	 * One group of settings on the list page.
	 */
	record SettingsSection(SettingGroup group, List<SiteSetting> settings) {
	}

}
