package fr.peringenierie.site.department;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Slugs;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;

/**
 * A titled part of a department page ("Réalisations", "Missions"...): an optional lead
 * sentence, an optional sanitized HTML body and an ordered list of items.
 */
@Entity
@TrackedContent(segment = "section", label = "la section", title = "title", editUrl = "/admin/sections/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "department_section")
public class DepartmentSection extends OrderedEntity implements PublicContent {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@Column(nullable = false)
	@Tracked("Titre")
	private String title;

	@Tracked("Chapeau")
	private String lead;

	@Tracked("Texte")
	private String body;

	@Filter(name = OrderedEntity.NOT_BINNED)
	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<SectionItem> items = new ArrayList<>();

	protected DepartmentSection() {
	}

	public DepartmentSection(String title, String lead, String body, int position) {
		super(position);
		this.title = title;
		this.lead = lead;
		this.body = body;
	}

	public Department getDepartment() {
		return this.department;
	}

	void setDepartment(Department department) {
		this.department = department;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<SectionItem> getItems() {
		return this.items;
	}

	public void addItem(SectionItem item) {
		item.setSection(this);
		this.items.add(item);
	}

	/**
	 * The fragment identifier of this section on its page, derived from its title.
	 */
	public String getAnchor() {
		return Slugs.slugify(this.title);
	}

	@Override
	public String displayName() {
		return this.title;
	}

	@Override
	public String publicPath() {
		return getDepartment().getAddress();
	}

}
