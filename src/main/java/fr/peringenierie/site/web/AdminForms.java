package fr.peringenierie.site.web;

import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What every back-office form has in common.
 */
public final class AdminForms {

	/** Value of the submit button that asks for a preview instead of a save. */
	public static final String PREVIEW = "apercu";

	public static final String CONFLICT_MESSAGE = "Quelqu’un a enregistré une autre version de ce contenu après que vous avez ouvert ce formulaire. "
			+ "Votre saisie n’a pas été enregistrée, et « Publier » ne remplacera pas la version en ligne : "
			+ "comparez-la avec la vôtre ci-dessous, puis choisissez.";

	/**
	 * Value of the submit button that publishes the form in place of a version someone
	 * else published meanwhile: a choice made by a person, after seeing it.
	 */
	public static final String REPLACE = "remplacer";

	/** The version online when the conflict was shown: the one "Remplacer" replaces. */
	public static final String ONLINE_VERSION = "versionEnLigne";

	/** Fields never written back into a page nor kept: passwords. */
	private static final Set<String> SECRET_FIELDS = Set.of("password", "currentPassword", "newPassword",
			"confirmation");

	/** Whether a posted field is a password, never to be written back or kept. */
	public static boolean isSecret(String name) {
		return SECRET_FIELDS.contains(name);
	}

	/**
	 * Whether a posted field is the form's own machinery rather than something a person
	 * typed: versions, the button pressed, the token and the marks Spring adds to
	 * checkboxes (names starting with "_"). Sent back as they were, never shown.
	 */
	public static boolean isMachinery(String name) {
		return name.equals("version") || name.startsWith("versions[") || name.equals("action")
				|| name.equals(ONLINE_VERSION) || name.startsWith("_");
	}

	private AdminForms() {
	}

	/**
	 * Whether the signed-in member of staff is an administrator.
	 */
	public static boolean isAdministrator(Authentication authentication) {
		return StaffRole.of(authentication).filter((role) -> role == StaffRole.ADMIN).isPresent();
	}

	/**
	 * Whether the request comes from a signed-in member of staff, whatever their role.
	 */
	public static boolean isStaff(Authentication authentication) {
		return StaffRole.of(authentication).isPresent();
	}

	/**
	 * Whether the signed-in member of staff publishes their changes themselves, rather
	 * than proposing them for review.
	 */
	public static boolean publishes(Authentication authentication) {
		return StaffRole.of(authentication).filter(StaffRole::publishes).isPresent();
	}

	/**
	 * Whether saving failed because another user saved first.
	 */
	public static boolean isConflict(RuntimeException ex) {
		return ex instanceof EditConflictException || ex instanceof ObjectOptimisticLockingFailureException;
	}

	/**
	 * Whether the form was refused because another user saved first.
	 */
	public static boolean hasConflict(BindingResult result) {
		return result.getGlobalErrors().stream().anyMatch((error) -> "conflict".equals(error.getCode()));
	}

	/**
	 * After a conflict, the form keeps the version it was opened from, so that pressing «
	 * Publier » again cannot overwrite the colleague's change; the version online is
	 * offered to the separate « Remplacer » button.
	 */
	public static void offerToReplace(Model model, long onlineVersion) {
		model.addAttribute(ONLINE_VERSION, onlineVersion);
	}

	public static void rejectConflict(BindingResult result) {
		result.reject("conflict", CONFLICT_MESSAGE);
	}

	/**
	 * Runs a save that has no form to report on.
	 * @return whether it went through; false when another user saved first
	 */
	public static boolean saveOrConflict(Runnable save) {
		try {
			save.run();
			return true;
		}
		catch (RuntimeException ex) {
			if (!isConflict(ex)) {
				throw ex;
			}
			return false;
		}
	}

	/**
	 * Runs a save; when another user saved first, records the conflict on the form
	 * instead of failing.
	 * @return whether the save went through
	 */
	public static boolean save(Runnable save, BindingResult result) {
		if (saveOrConflict(save)) {
			return true;
		}
		rejectConflict(result);
		return false;
	}

}
