package fr.peringenierie.site.web;

/**
 * Someone saved the item after the form was opened: saving now would silently overwrite
 * their change.
 */
public class EditConflictException extends RuntimeException {

	public EditConflictException() {
		super("Le contenu a été modifié entre-temps");
	}

	/**
	 * Refuses a form built from an older version of the entity than the stored one.
	 */
	public static void check(BaseEntity entity, long formVersion) {
		if (entity.getVersion() != formVersion) {
			throw new EditConflictException();
		}
	}

}
