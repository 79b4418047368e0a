package fr.peringenierie.site.revision;

import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history screens of every kind of tracked content: the revisions of an item, one
 * compared with the version online, and "Restaurer cette version".
 */
@Controller
class RevisionAdminController {

	private static final String HISTORY = "/admin/historique/{segment}/{id}";

	private final Revisions revisions;

	private final Messages messages;

	private final Drafts drafts;

	RevisionAdminController(Revisions revisions, Messages messages, Drafts drafts) {
		this.revisions = revisions;
		this.drafts = drafts;
		this.messages = messages;
	}

	@GetMapping(HISTORY)
	String history(@PathVariable String segment, @PathVariable long id, Model model) {
		model.addAttribute("history", this.revisions.history(segment, id));
		return "admin/revision/history";
	}

	/**
	 * Any two versions side by side, chosen on the history page.
	 */
	@GetMapping(HISTORY + "/comparer")
	String compareTwo(@PathVariable String segment, @PathVariable long id, @RequestParam(name = "de") long from,
			@RequestParam(name = "a") long to, Model model) {
		model.addAttribute("comparison", this.revisions.compare(segment, id, from, to));
		return "admin/revision/compare";
	}

	@GetMapping(HISTORY + "/{revision}")
	String compare(@PathVariable String segment, @PathVariable long id, @PathVariable long revision, Model model) {
		model.addAttribute("comparison", this.revisions.compare(segment, id, revision));
		return "admin/revision/compare";
	}

	@PostMapping(HISTORY + "/{revision}/restaurer")
	String restore(@PathVariable String segment, @PathVariable long id, @PathVariable long revision,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			TrackedKinds.Kind kind = this.revisions.restore(segment, id, revision, version);
			String message = switch (this.drafts.audience(kind.type(), id)) {
				case VISITORS -> "revision.restored";
				case NOBODY_YET -> "revision.restored.offline";
				case STAFF -> "revision.restored.staff";
			};
			redirect.addFlashAttribute("success", this.messages.get(message));
			return "redirect:/admin/historique/" + segment + "/" + id;
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("failure", this.messages.get("revision.conflict"));
			return "redirect:/admin/historique/" + segment + "/" + id + "/" + revision;
		}
		catch (ContentPublisher.Refused ex) {
			redirect.addFlashAttribute("failure", this.messages.get("revision.refused", ex.getMessage()));
			return "redirect:/admin/historique/" + segment + "/" + id + "/" + revision;
		}
	}

}
