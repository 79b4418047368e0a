package fr.peringenierie.site.sitewide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;

/**
 * A short plain-text passage of a page (a tagline, an introduction), identified by a code
 * that the page asks for.
 */
@Entity
@TrackedContent(segment = "texte", label = "le texte de page", title = "label", editUrl = "/admin/textes/{id}")
@Table(name = "page_text")
public class PageText extends BaseEntity implements PublicContent {

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	@Tracked("Texte")
	private String body;

	@Column(nullable = false)
	private int position;

	protected PageText() {
	}

	public PageText(String code, String label, String body, int position) {
		this.code = code;
		this.label = label;
		this.body = body;
		this.position = position;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getPosition() {
		return this.position;
	}

	@Override
	public String publicPath() {
		return switch (this.code.substring(0, Math.max(this.code.indexOf('.'), 0))) {
			case "history" -> "/histoire";
			case "team" -> "/equipe";
			case "tools" -> "/moyens-techniques";
			default -> "/";
		};
	}

}
