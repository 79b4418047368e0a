package fr.peringenierie.site.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;

/**
 * A step of the company's history. The period is free text ("1992", "Aujourd’hui")
 * because the brochure dates some steps only relative to others. {@link #getBody() body}
 * is sanitized HTML.
 */
@Entity
@TrackedContent(segment = "etape", label = "l’étape de l’histoire", title = "title", editUrl = "/admin/histoire/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "milestone")
public class Milestone extends OrderedEntity implements PublicContent {

	@Column(name = "period_label", nullable = false)
	@Tracked("Période")
	private String periodLabel;

	@Column(nullable = false)
	@Tracked("Titre")
	private String title;

	@Column(nullable = false)
	@Tracked("Texte")
	private String body;

	protected Milestone() {
	}

	public Milestone(String periodLabel, String title, String body, int position) {
		super(position);
		this.periodLabel = periodLabel;
		this.title = title;
		this.body = body;
	}

	public String getPeriodLabel() {
		return this.periodLabel;
	}

	public void setPeriodLabel(String periodLabel) {
		this.periodLabel = periodLabel;
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

	@Override
	public String displayName() {
		return this.title;
	}

	@Override
	public String publicPath() {
		return "/histoire";
	}

}
