package fr.peringenierie.site.revision;

import fr.peringenierie.site.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * « Relecture »: the contributors' proposals, each published or sent back with a note.
 */
@Controller
class ReviewAdminController {

	static final String PATH = "/admin/relecture";

	private static final String VIEW = "admin/revision/review";

	private final Reviews reviews;

	private final Messages messages;

	ReviewAdminController(Reviews reviews, Messages messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String queue(Model model) {
		model.addAttribute("proposals", this.reviews.waiting());
		model.addAttribute("maxNoteLength", Reviews.MAX_NOTE_LENGTH);
		return VIEW;
	}

	@PostMapping(PATH + "/{segment}/{id}/publier")
	String publish(@PathVariable String segment, @PathVariable long id, RedirectAttributes redirect) {
		try {
			if (this.reviews.publish(segment, id)) {
				redirect.addFlashAttribute("success", this.messages.get("review.published"));
			}
			else {
				redirect.addFlashAttribute("failure", this.messages.get("review.changed"));
			}
		}
		catch (ContentPublisher.Refused ex) {
			// Nothing was published (its transaction is undone): the proposal waits.
			redirect.addFlashAttribute("failure", this.messages.get("review.refused", ex.getMessage()));
		}
		return "redirect:" + PATH;
	}

	/**
	 * Sends a proposal back with a note; a note missing or too long shows the queue again
	 * with what was typed and why.
	 */
	@PostMapping(PATH + "/{segment}/{id}/renvoyer")
	String sendBack(@PathVariable String segment, @PathVariable long id, @RequestParam(defaultValue = "") String note,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String typed = note.strip();
		String problem = typed.isEmpty() ? "review.note.missing"
				: (typed.codePointCount(0, typed.length()) > Reviews.MAX_NOTE_LENGTH) ? "review.note.long" : null;
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("noteFor", segment + "/" + id);
			model.addAttribute("note", note);
			model.addAttribute("noteError", this.messages.get(problem, Reviews.MAX_NOTE_LENGTH));
			return queue(model);
		}
		this.reviews.sendBack(segment, id, typed);
		redirect.addFlashAttribute("success", this.messages.get("review.sent.back"));
		return "redirect:" + PATH;
	}

}
