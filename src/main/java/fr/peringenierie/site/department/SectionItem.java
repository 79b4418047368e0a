package fr.peringenierie.site.department;

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
 * One entry of a section's list: a sector, a mission or an activity.
 */
@Entity
@Table(name = "section_item")
public class SectionItem extends BaseEntity implements Positioned, PublicContent {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private DepartmentSection section;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private int position;

	protected SectionItem() {
	}

	public SectionItem(String label, int position) {
		this.label = label;
		this.position = position;
	}

	public DepartmentSection getSection() {
		return this.section;
	}

	void setSection(DepartmentSection section) {
		this.section = section;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
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
