package fr.peringenierie.site.contact;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.peringenierie.site.web.CodePointLength;
import fr.peringenierie.site.web.SitePaths;

/**
 * What a prospect types in the contact form. Single-line fields refuse markup and control
 * characters outright; the message may contain any printable text, which is always shown
 * back escaped.
 */
public class ContactForm {

	/** Printable text on one line, without markup or undecodable bytes. */
	public static final String SINGLE_LINE = "[^<>\\p{Cntrl}\\x{FFFD}]*";

	/** Printable text over several lines, without undecodable bytes. */
	public static final String MULTI_LINE = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x{FFFD}]*";

	@NotBlank(message = "Indiquez votre nom.")
	@Size(max = 120, message = "Le nom ne doit pas dépasser 120 caractères.")
	@Pattern(regexp = SINGLE_LINE,
			message = "Le nom contient des caractères non autorisés (< > ou caractères de contrôle).")
	private String name;

	@Size(max = 160, message = "Le nom de la société ne doit pas dépasser 160 caractères.")
	@Pattern(regexp = SINGLE_LINE,
			message = "Le nom de la société contient des caractères non autorisés (< > ou caractères de contrôle).")
	private String company;

	@NotBlank(message = "Indiquez votre adresse e-mail.")
	@Size(max = 254, message = "L’adresse e-mail ne doit pas dépasser 254 caractères.")
	@Email(message = "L’adresse e-mail n’est pas valide (exemple : prenom.nom@societe.fr).")
	@Pattern(regexp = SINGLE_LINE, message = "L’adresse e-mail n’est pas valide (exemple : prenom.nom@societe.fr).")
	private String email;

	@Pattern(regexp = "|[0-9+(). -]{6,40}",
			message = "Le numéro de téléphone ne peut contenir que des chiffres, des espaces et les signes + ( ) . - (6 à 40 caractères).")
	private String phone;

	@NotBlank(message = "Choisissez l’objet de votre demande.")
	@Size(max = 80, message = "Choisissez l’objet de votre demande dans la liste.")
	private String subject;

	@NotBlank(message = "Écrivez votre message.")
	@CodePointLength(min = 10, max = 5000, message = "Le message doit compter entre 10 et 5 000 caractères.")
	@Pattern(regexp = MULTI_LINE,
			message = "Le message contient des caractères de contrôle ou illisibles : vérifiez l’encodage du texte collé.")
	private String message;

	/** A field people do not see; software that fills every field fills it. */
	private String website;

	/** Identifies this filling of the form, so that sending it twice stores it once. */
	@NotBlank(message = "Le formulaire est incomplet : rechargez la page puis renvoyez-le.")
	@Pattern(regexp = "[A-Za-z0-9-]{16,64}",
			message = "Le formulaire est incomplet : rechargez la page puis renvoyez-le.")
	private String submissionKey;

	/**
	 * The page of this site the prospect was reading before the form (a hidden field,
	 * kept only if it is a path of this site).
	 */
	private String origin;

	public static ContactForm blank() {
		ContactForm form = new ContactForm();
		form.submissionKey = UUID.randomUUID().toString();
		return form;
	}

	/**
	 * A blank form that remembers the page the prospect came from, when it is a page of
	 * this site.
	 */
	public static ContactForm comingFrom(String referrer, String ownHost) {
		ContactForm form = blank();
		if (referrer != null && referrer.length() <= 2000) {
			try {
				java.net.URI uri = java.net.URI.create(referrer.strip());
				if (ownHost != null && ownHost.equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null) {
					form.origin = originPath(uri.getRawPath());
				}
			}
			catch (IllegalArgumentException ex) {
				// Not an address: no origin.
			}
		}
		return form;
	}

	/**
	 * A path of this site, or {@code null} for anything else (a hidden field can be
	 * forged).
	 */
	static String originPath(String path) {
		return (path != null && path.length() <= 300 && path.matches(SitePaths.PATTERN) && !path.startsWith("/contact")
				&& !path.startsWith("/admin")) ? path : null;
	}

	public String getOrigin() {
		return this.origin;
	}

	public void setOrigin(String origin) {
		this.origin = origin;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCompany() {
		return this.company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public void setSubmissionKey(String submissionKey) {
		this.submissionKey = submissionKey;
	}

}
