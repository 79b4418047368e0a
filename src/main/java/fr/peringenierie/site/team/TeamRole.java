package fr.peringenierie.site.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;

/**
 * A role in the team and how many people hold it ("6 ingénieurs structure").
 */
@Entity
@TrackedContent(segment = "metier", label = "le métier", title = "label", editUrl = "/admin/equipe/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "team_role")
public class TeamRole extends OrderedEntity implements PublicContent {

	@Column(nullable = false)
	@Tracked("Métier")
	private String label;

	@Column(nullable = false)
	@Tracked("Effectif")
	private int headcount;

	protected TeamRole() {
	}

	public TeamRole(String label, int headcount, int position) {
		super(position);
		this.label = label;
		this.headcount = headcount;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public int getHeadcount() {
		return this.headcount;
	}

	public void setHeadcount(int headcount) {
		this.headcount = headcount;
	}

	@Override
	public String displayName() {
		return this.label;
	}

	@Override
	public String publicPath() {
		return "/equipe";
	}

}
