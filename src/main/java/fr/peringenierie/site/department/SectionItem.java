package fr.peringenierie.site.department;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.ListEntry;
import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;

/**
 * One entry of a section's list: a sector, a mission or an activity.
 */
@Entity
@TrackedContent(segment = "element", label = "l’élément de liste", title = "label", editUrl = "/admin/elements/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "section_item")
public class SectionItem extends ListEntry {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private DepartmentSection section;

	protected SectionItem() {
	}

	public SectionItem(String label, int position) {
		super(label, position);
	}

	public DepartmentSection getSection() {
		return this.section;
	}

	void setSection(DepartmentSection section) {
		this.section = section;
	}

	@Override
	public String publicPath() {
		return getSection().getDepartment().getAddress();
	}

}
