package fr.peringenierie.site.sitewide;

import jakarta.validation.Valid;

import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.Messages;

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
		model.addAttribute("settings", this.editor.settings(AdminForms.isAdministrator(authentication)));
		return "admin/sitewide/settings";
	}

	@GetMapping("/admin/parametres/{id}")
	String edit(@PathVariable long id, Authentication authentication, Model model) {
		SiteSetting setting = this.editor.setting(id, AdminForms.isAdministrator(authentication));
		this.publishing.showDraft(setting, model);
		model.addAttribute("form", TextValueForm.of(setting.getValue(), setting.getVersion()));
		model.addAttribute("item", setting);
		return "admin/sitewide/setting";
	}

	@PostMapping("/admin/parametres/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TextValueForm form, BindingResult result,
			Authentication authentication, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String publishAt, Model model, RedirectAttributes redirect) {
		boolean administrator = AdminForms.isAdministrator(authentication);
		SiteSetting setting = this.editor.setting(id, administrator);
		if (!result.hasErrors() && this.publishing.save(SiteSetting.class, id, action, publishAt,
				() -> this.editor.updateSetting(id, form, administrator), result, model, redirect)) {
			return "redirect:/admin/parametres";
		}
		if (AdminForms.hasConflict(result)) {
			model.addAttribute("currentText", setting.getValue());
			form.setVersion(setting.getVersion());
		}
		model.addAttribute("item", setting);
		return "admin/sitewide/setting";
	}

}
