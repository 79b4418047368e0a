package fr.peringenierie.site.revision;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PreviewResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drafts' screens: the list of what is waiting (and when it goes live), abandoning a
 * draft, and the preview of an item as visitors will see it once published.
 */
@Controller
class DraftAdminController {

	private final Drafts drafts;

	private final Messages messages;

	private static final String DISCARD = "/admin/brouillons/{segment}/{id}/abandonner";

	DraftAdminController(Drafts drafts, Messages messages) {
		this.drafts = drafts;
		this.messages = messages;
	}

	@GetMapping("/admin/brouillons")
	String list(Model model) {
		model.addAttribute("pending", this.drafts.all());
		return "admin/revision/drafts";
	}

	/**
	 * Asks before a draft is thrown away: a page, no script needed; nothing is lost by a
	 * click next to "Prévisualiser".
	 */
	@GetMapping(DISCARD)
	String confirmDiscard(@PathVariable String segment, @PathVariable long id, Model model) {
		model.addAttribute("pending", this.drafts.pending(segment, id));
		return "admin/revision/discard";
	}

	@PostMapping(DISCARD)
	String discard(@PathVariable String segment, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:/admin/brouillons/" + segment + "/" + id + "/abandonner";
		}
		String editUrl = this.drafts.pending(segment, id).editUrl();
		this.drafts.discard(segment, id);
		redirect.addFlashAttribute("success", this.messages.get("draft.discarded"));
		return "redirect:" + editUrl;
	}

	/**
	 * The public page of the item, rendered by its own controller and template with the
	 * draft applied, in a transaction that is rolled back.
	 */
	@GetMapping("/admin/apercu/{segment}/{id}")
	void preview(@PathVariable String segment, @PathVariable long id, HttpServletRequest request,
			HttpServletResponse response) {
		PreviewResponse preview = PreviewResponse.of(request, response);
		this.drafts.preview(segment, id, (path) -> {
			try {
				request.getRequestDispatcher(path).forward(request, preview);
			}
			catch (ServletException ex) {
				throw new IllegalStateException("Aperçu impossible : " + path, ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
