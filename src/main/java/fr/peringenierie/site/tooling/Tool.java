package fr.peringenierie.site.tooling;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Positioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A software tool of the design office ("AUTOCAD", "ROBOT").
 */
@Entity
@Table(name = "tool")
public class Tool extends BaseEntity implements Positioned, PublicContent {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private ToolCategory category;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private int position;

	protected Tool() {
	}

	public Tool(String name, int position) {
		this.name = name;
		this.position = position;
	}

	public ToolCategory getCategory() {
		return this.category;
	}

	void setCategory(ToolCategory category) {
		this.category = category;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

}
