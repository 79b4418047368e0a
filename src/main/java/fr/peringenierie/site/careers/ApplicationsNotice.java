package fr.peringenierie.site.careers;

import fr.peringenierie.site.web.PersonalDataNotice;

import org.springframework.stereotype.Component;

/**
 * The privacy page's section on applications.
 */
@Component
class ApplicationsNotice implements PersonalDataNotice {

	private final CareersProperties properties;

	ApplicationsNotice(CareersProperties properties) {
		this.properties = properties;
	}

	@Override
	public String anchor() {
		return "candidatures";
	}

	@Override
	public String title() {
		return "Candidatures";
	}

	@Override
	public String text() {
		return "Une candidature (nom, adresse e-mail, téléphone, message, CV et lettre en PDF) sert à étudier votre "
				+ "profil et à vous répondre ; seules la direction et les responsables de l’équipe la lisent, et vos "
				+ "fichiers ne sont jamais publiés. Si elle n’est pas retenue, elle est effacée automatiquement "
				+ this.properties.retentionInWords() + " après notre dernier échange, comme le recommande la CNIL ; "
				+ "vous pouvez en demander la copie ou l’effacement à tout moment.";
	}

}
