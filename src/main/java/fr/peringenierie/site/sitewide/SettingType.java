package fr.peringenierie.site.sitewide;

import java.time.Year;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.UrlValidator;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * What kind of value a setting holds, how it is checked and how it is stored: a value the
 * site prints as a link, in the JSON-LD or uses to send mail must be well formed, or the
 * site breaks in ways staff cannot see.
 */
public enum SettingType {

	TEXT("text", "") {
		@Override
		String normalizeFilled(String value) {
			return singleLine(value);
		}
	},

	MULTILINE("textarea", "Une information par ligne.") {
		@Override
		String normalizeFilled(String value) {
			return value.replace("\r\n", "\n").strip();
		}
	},

	EMAIL("email", "Exemple : contact@per-ingenierie.fr") {
		@Override
		String normalizeFilled(String value) {
			String email = singleLine(value).toLowerCase(Locale.ROOT);
			if (!EmailValidator.getInstance().isValid(email)) {
				throw new InvalidSettingException(
						"Saisissez une adresse e-mail complète, par exemple contact@per-ingenierie.fr.");
			}
			return email;
		}
	},

	PHONE("tel", "Numéro français à 10 chiffres, par exemple 04 67 12 34 56.") {
		@Override
		String normalizeFilled(String value) {
			try {
				PhoneNumber number = PHONES.parse(singleLine(value), "FR");
				if (PHONES.isValidNumber(number)) {
					return PHONES.format(number, PhoneNumberFormat.E164);
				}
			}
			catch (NumberParseException ex) {
				// reported below, as for a number that parses but does not exist
			}
			throw new InvalidSettingException(
					"Saisissez un numéro de téléphone à 10 chiffres, par exemple 04 67 12 34 56 (ou +33 4 67 12 34 56).");
		}

		@Override
		public String display(String stored) {
			return phoneForDisplay(stored);
		}
	},

	YEAR("text", "Année sur quatre chiffres, par exemple 1992.") {
		@Override
		String normalizeFilled(String value) {
			String year = singleLine(value);
			if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1800
					|| Integer.parseInt(year) > Year.now().getValue()) {
				throw new InvalidSettingException("Saisissez une année sur quatre chiffres, par exemple 1992.");
			}
			return year;
		}
	},

	URL("url", "Adresse complète, commençant par https://") {
		@Override
		String normalizeFilled(String value) {
			String url = singleLine(value);
			if (!new UrlValidator(new String[] { "https", "http" }).isValid(url)) {
				throw new InvalidSettingException(
						"Saisissez une adresse web complète, commençant par https://, par exemple https://www.example.fr.");
			}
			return url;
		}
	},

	POSTAL_ADDRESS("textarea",
			"Sur plusieurs lignes : numéro et rue, puis code postal et ville (par exemple 34000 Montpellier).") {
		@Override
		String normalizeFilled(String value) {
			String address = MULTILINE.normalizeFilled(value);
			if (!POSTAL_CODE_AND_TOWN.matcher(address).find()) {
				throw new InvalidSettingException(
						"Indiquez le code postal à cinq chiffres suivi de la ville, par exemple « 34000 Montpellier ».");
			}
			return address;
		}
	},

	REGISTRATION("text",
			"Par exemple : RCS Montpellier 123 456 789 (le SIREN à 9 chiffres ou le SIRET à 14 chiffres).") {
		@Override
		String normalizeFilled(String value) {
			String registration = singleLine(value);
			Matcher digits = DIGIT_GROUPS.matcher(registration);
			while (digits.find()) {
				String number = digits.group().replace(" ", "");
				if ((number.length() == 9 || number.length() == 14)
						&& LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(number)) {
					return registration;
				}
			}
			throw new InvalidSettingException("Indiquez un SIREN (9 chiffres) ou un SIRET (14 chiffres) valide, "
					+ "par exemple « RCS Montpellier 123 456 789 » : le numéro saisi n’existe pas.");
		}
	},

	VAT_NUMBER("text", "FR suivi de 11 chiffres, par exemple FR 40 123 456 789.") {
		@Override
		String normalizeFilled(String value) {
			String vat = value.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
			if (vat.matches("FR\\d{11}")) {
				long siren = Long.parseLong(vat.substring(4));
				long key = Long.parseLong(vat.substring(2, 4));
				if (key == (12 + 3 * (siren % 97)) % 97) {
					return vat;
				}
			}
			throw new InvalidSettingException(
					"Indiquez un numéro de TVA intracommunautaire français valide : FR, la clé à 2 chiffres puis le SIREN, "
							+ "par exemple FR 40 123 456 789.");
		}
	};

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final Pattern POSTAL_CODE_AND_TOWN = Pattern.compile("\\b\\d{5}\\s+\\p{L}");

	private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d[\\d ]{7,}\\d");

	private final String inputType;

	private final String hint;

	SettingType(String inputType, String hint) {
		this.inputType = inputType;
		this.hint = hint;
	}

	/**
	 * The value as stored, or {@code null} for an empty value (a detail not given yet).
	 * @throws InvalidSettingException with a French explanation when the value is not of
	 * this type
	 */
	public String normalize(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return normalizeFilled(value);
	}

	abstract String normalizeFilled(String value);

	/**
	 * The stored value as a reader expects to see it.
	 */
	public String display(String stored) {
		return stored;
	}

	/**
	 * The HTML input type of the field that edits it ({@code textarea} for several
	 * lines).
	 */
	public String getInputType() {
		return this.inputType;
	}

	public boolean isMultiline() {
		return "textarea".equals(this.inputType);
	}

	public String getHint() {
		return this.hint;
	}

	private static String singleLine(String value) {
		return value.strip().replaceAll("\\s+", " ");
	}

	/**
	 * A phone number stored in international form, the way the French read it: "04 67 12
	 * 34 56"; a value that does not parse is shown as stored.
	 */
	static String phoneForDisplay(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			return PHONES.format(PHONES.parse(stored, "FR"), PhoneNumberFormat.NATIONAL);
		}
		catch (NumberParseException ex) {
			return stored;
		}
	}

	/**
	 * A value refused for its type, with the reason in French.
	 */
	public static class InvalidSettingException extends RuntimeException {

		public InvalidSettingException(String message) {
			super(message);
		}

	}

}
