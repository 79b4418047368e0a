package fr.peringenierie.site.revision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.Messages;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of every edit screen, written once: "Publier" (the change goes live, and
 * any draft with it), "Enregistrer le brouillon" (nothing changes online), "Programmer"
 * (the draft goes live by itself at the chosen time) and "Proposer à la relecture" (the
 * draft waits for a reviewer). A contributor has only the last two: this is where the
 * others are refused to them, whatever the form sent.
 */
@Component
public class PublishActions {

	/** Value of the submit button that keeps the change as a draft. */
	public static final String DRAFT = "brouillon";

	/** Value of the submit button that schedules the change. */
	public static final String SCHEDULE = "programmer";

	/** Value of the submit button that keeps the change as a draft for a reviewer. */
	public static final String PROPOSE = "proposer";

	private final Drafts drafts;

	private final Messages messages;

	private final Clock clock;

	PublishActions(Drafts drafts, Messages messages, Clock clock) {
		this.drafts = drafts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Shows an item's draft, if it has one, in the form about to be built from it.
	 */
	public void showDraft(BaseEntity detached, Model model) {
		model.addAttribute("draft", this.drafts.overlay(detached));
	}

	/**
	 * Runs what the button pressed asks for.
	 * @param update the update that publishes the form
	 * @return whether it went through; if not, the form has the reason
	 */
	public boolean save(Class<?> type, long id, String action, String publishAt, Runnable update, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!DRAFT.equals(action) && !PROPOSE.equals(action)
				&& !AdminForms.publishes(SecurityContextHolder.getContext().getAuthentication())) {
			// A contributor's form has no such button: only a forged request gets here.
			throw new AccessDeniedException("Vos modifications sont relues avant d’être publiées.");
		}
		if (PROPOSE.equals(action)) {
			if (AdminForms.save(() -> this.drafts.propose(type, id, update), result)) {
				redirect.addFlashAttribute("success", this.messages.get("draft.proposed"));
				return true;
			}
			return false;
		}
		if (DRAFT.equals(action)) {
			if (AdminForms.save(() -> this.drafts.save(type, id, update, null), result)) {
				redirect.addFlashAttribute("success", this.messages.get("draft.saved"));
				return true;
			}
			return false;
		}
		if (SCHEDULE.equals(action)) {
			Instant when = futureInstant(publishAt);
			if (when == null) {
				model.addAttribute("publishAt", publishAt);
				result.reject("schedule", this.messages.get("draft.schedule.invalid"));
				return false;
			}
			if (AdminForms.save(() -> this.drafts.save(type, id, update, when), result)) {
				redirect.addFlashAttribute("success", this.messages.get("draft.scheduled", ParisTime.format(when)));
				return true;
			}
			return false;
		}
		if (AdminForms.save(() -> this.drafts.publish(type, id, update), result)) {
			// Says what a visitor now gets, not what the button is called.
			String message = switch (this.drafts.audience(type, id)) {
				case VISITORS -> "admin.saved";
				case NOBODY_YET -> "admin.saved.offline";
				case STAFF -> "admin.saved.staff";
			};
			redirect.addFlashAttribute("success", this.messages.get(message));
			return true;
		}
		return false;
	}

	/**
	 * Keeps the text typed in an edit form when another button of its page was pressed:
	 * as the item's draft, if it changed. Its flash message says so.
	 * @return false when it could not be kept because someone published meanwhile: the
	 * form then holds the conflict, to be shown with the text typed
	 */
	public boolean keep(Class<?> type, long id, Runnable update, BindingResult result, RedirectAttributes redirect) {
		boolean[] kept = new boolean[1];
		if (!AdminForms.save(() -> kept[0] = this.drafts.keep(type, id, update), result)) {
			return false;
		}
		if (kept[0]) {
			redirect.addFlashAttribute("notice", this.messages.get("draft.kept"));
		}
		return true;
	}

	private Instant futureInstant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			Instant when = LocalDateTime.parse(text.strip()).atZone(ParisTime.ZONE).toInstant();
			return when.isAfter(this.clock.instant()) ? when : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
