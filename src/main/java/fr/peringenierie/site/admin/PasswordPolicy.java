package fr.peringenierie.site.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules a new password must follow, checked in one place for every form that sets
 * one.
 */
@Component
class PasswordPolicy {

	/**
	 * Guesses an attacker needs, in powers of ten, below which a password is refused:
	 * zxcvbn's score 3, « safely unguessable » against an online attack that is throttled
	 * as sign-in is here.
	 */
	static final int MIN_SCORE = 3;

	/** Words of this firm that any guesser tries first. */
	private static final List<String> FIRM_WORDS = List.of("peringenierie", "per-ingenierie", "per ingenierie",
			"ingenierie", "technib", "montpellier", "toulouse");

	private final StaffAccounts accounts;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	PasswordPolicy(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Why a password long enough is still refused, in French: it holds the person's user
	 * name or the firm's name, or it is among the passwords, words and keyboard patterns
	 * guessers try first (zxcvbn's lists). No rule of composition (NIST SP 800-63B).
	 */
	Optional<String> weakness(String password, String username) {
		String plain = plain(password);
		if (username != null && username.strip().length() >= 3 && plain.contains(plain(username.strip()))) {
			return Optional.of("Le mot de passe ne doit pas contenir votre identifiant.");
		}
		if (FIRM_WORDS.stream().map(PasswordPolicy::plain).anyMatch((word) -> plain.contains(word.replace(" ", "")))) {
			return Optional.of("Le mot de passe ne doit pas contenir le nom de l’entreprise ni de ses villes : "
					+ "c’est ce qu’on essaie en premier.");
		}
		List<String> context = new ArrayList<>(FIRM_WORDS);
		if (username != null) {
			context.add(username);
		}
		Strength strength = this.zxcvbn.measure(password, context);
		if (strength.getScore() >= MIN_SCORE) {
			return Optional.empty();
		}
		String warning = strength.getFeedback()
			.withResourceBundle(ResourceBundle.getBundle("com/nulabinc/zxcvbn/messages", Locale.FRENCH))
			.getWarning();
		return Optional.of("Ce mot de passe est trop facile à deviner"
				+ ((warning != null && !warning.isBlank()) ? " : " + lowerFirst(warning.strip()) : ".")
				+ " Une phrase de quatre ou cinq mots sans rapport entre eux est plus sûre et plus facile à retenir.");
	}

	/**
	 * Lower case, without accents, spaces or separators: « Per-Ingénierie » → «
	 * peringenierie ».
	 */
	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s._-]", "");
	}

	private static String lowerFirst(String text) {
		String sentence = text.endsWith(".") ? text : text + ".";
		return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
	}

	void check(PasswordForm form, String username, Errors errors) {
		String password = form.getNewPassword();
		if (password == null || password.isBlank()) {
			return;
		}
		if (password.length() < this.accounts.minPasswordLength()) {
			errors.rejectValue("newPassword", "tooShort",
					"Le mot de passe doit compter au moins " + this.accounts.minPasswordLength() + " caractères.");
		}
		else {
			weakness(password, username).ifPresent((reason) -> errors.rejectValue("newPassword", "guessable", reason));
		}
		if (!password.equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "mismatch",
					"Les deux saisies du nouveau mot de passe sont différentes.");
		}
		if (password.equals(form.getCurrentPassword())) {
			errors.rejectValue("newPassword", "unchanged", "Le nouveau mot de passe doit différer de l’actuel.");
		}
	}

}
