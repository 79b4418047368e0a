package fr.peringenierie.site.company;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.PublicContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The director's editorial. {@link #getBody() body} is sanitized HTML.
 */
@Entity
@Table(name = "edito")
public class Edito extends BaseEntity implements PublicContent {

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(name = "signatory_name", nullable = false)
	private String signatoryName;

	@Column(name = "signatory_title", nullable = false)
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

}
