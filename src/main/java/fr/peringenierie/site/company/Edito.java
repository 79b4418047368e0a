package fr.peringenierie.site.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;

/**
 * The director's editorial. {@link #getBody() body} is sanitized HTML.
 */
@Entity
@TrackedContent(segment = "edito", label = "l’édito", title = "title", editUrl = "/admin/edito")
@Table(name = "edito")
public class Edito extends BaseEntity implements PublicContent {

	@Column(nullable = false)
	@Tracked("Titre")
	private String title;

	@Column(nullable = false)
	@Tracked("Texte")
	private String body;

	@Column(name = "signatory_name", nullable = false)
	@Tracked("Signataire")
	private String signatoryName;

	@Column(name = "signatory_title", nullable = false)
	@Tracked("Fonction du signataire")
	private String signatoryTitle;

	protected Edito() {
	}

	public Edito(String title, String body, String signatoryName, String signatoryTitle) {
		this.title = title;
		this.body = body;
		this.signatoryName = signatoryName;
		this.signatoryTitle = signatoryTitle;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSignatoryName() {
		return this.signatoryName;
	}

	public void setSignatoryName(String signatoryName) {
		this.signatoryName = signatoryName;
	}

	public String getSignatoryTitle() {
		return this.signatoryTitle;
	}

	public void setSignatoryTitle(String signatoryTitle) {
		this.signatoryTitle = signatoryTitle;
	}

	@Override
	public String publicPath() {
		return "/edito";
	}

}
