package fr.peringenierie.site.team;

import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ImageUploads;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people named on the team page, managed from the back office's team screen.
 */
@Controller
class TeamMemberAdminController {

	private static final String BASE = "/admin/equipe/personnes";

	private final TeamMemberEditor editor;

	private final ImageUploads uploads;

	private final Messages messages;

	TeamMemberAdminController(TeamMemberEditor editor, ImageUploads uploads, Messages messages) {
		this.editor = editor;
		this.uploads = uploads;
		this.messages = messages;
	}

	@PostMapping(BASE)
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String jobTitle,
			RedirectAttributes redirect) {
		if (!valid(name, jobTitle)) {
			redirect.addFlashAttribute("failure", this.messages.get("team.member.invalid"));
			return "redirect:/admin/equipe#personnes";
		}
		TeamMember member = this.editor.create(name, jobTitle);
		redirect.addFlashAttribute("success", this.messages.get("team.member.created"));
		return "redirect:" + BASE + "/" + member.getId();
	}

	@GetMapping(BASE + "/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("member", this.editor.member(id));
		return "admin/team/member";
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String jobTitle, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		if (!valid(name, jobTitle)) {
			redirect.addFlashAttribute("failure", this.messages.get("team.member.invalid"));
		}
		else {
			try {
				this.editor.update(id, name, jobTitle, version);
				redirect.addFlashAttribute("success", this.messages.get("team.member.saved"));
			}
			catch (EditConflictException ex) {
				redirect.addFlashAttribute("failure", this.messages.get("team.member.conflict"));
			}
		}
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id}/portrait")
	String portrait(@PathVariable long id, @RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(name = "alt", defaultValue = "") String alt, RedirectAttributes redirect) {
		this.uploads.accept(image, alt, redirect, (prepared, text) -> this.editor.setPortrait(id, prepared, text));
		return "redirect:" + BASE + "/" + id + "#portrait";
	}

	@PostMapping(BASE + "/{id}/portrait/pivoter")
	String rotatePortrait(@PathVariable long id, @RequestParam(name = "sens", defaultValue = "1") int turns,
			RedirectAttributes redirect) {
		this.uploads.rotate(this.editor.member(id).getPortrait(), turns, redirect,
				(rotated) -> this.editor.rotatePortrait(id, rotated));
		return "redirect:" + BASE + "/" + id + "#portrait";
	}

	@PostMapping(BASE + "/{id}/portrait/point")
	String focusPortrait(@PathVariable long id, @RequestParam(name = "x", defaultValue = "50") int x,
			@RequestParam(name = "y", defaultValue = "50") int y, RedirectAttributes redirect) {
		this.editor.focusPortrait(id, x, y);
		this.uploads.focused(redirect);
		return "redirect:" + BASE + "/" + id + "#portrait";
	}

	@PostMapping(BASE + "/{id}/portrait/supprimer")
	String removePortrait(@PathVariable long id, RedirectAttributes redirect) {
		this.editor.removePortrait(id);
		this.uploads.removed(redirect);
		return "redirect:" + BASE + "/" + id + "#portrait";
	}

	@PostMapping(BASE + "/{id}/deplacer")
	String move(@PathVariable long id, @RequestParam(defaultValue = "0") int offset) {
		this.editor.move(id, offset);
		return "redirect:/admin/equipe#personnes";
	}

	@PostMapping(BASE + "/{id}/supprimer")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:" + BASE + "/" + id;
		}
		this.editor.delete(id);
		redirect.addFlashAttribute("success", this.messages.get("team.member.deleted"));
		return "redirect:/admin/equipe#personnes";
	}

	private static boolean valid(String name, String jobTitle) {
		return !name.isBlank() && name.length() <= 120 && !jobTitle.isBlank() && jobTitle.length() <= 200;
	}

}
