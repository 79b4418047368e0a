package fr.peringenierie.site.tooling;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
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
 * A software tool of the design office ("AUTOCAD", "ROBOT"), labelled by its name.
 */
@Entity
@TrackedContent(segment = "logiciel", label = "le logiciel", title = "label", editUrl = "/admin/logiciels/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "tool")
@AttributeOverride(name = "label", column = @Column(name = "name", nullable = false))
public class Tool extends ListEntry {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private ToolCategory category;

	protected Tool() {
	}

	public Tool(String name, int position) {
		super(name, position);
	}

	public ToolCategory getCategory() {
		return this.category;
	}

	void setCategory(ToolCategory category) {
		this.category = category;
	}

	@Override
	public String publicPath() {
		return "/moyens-techniques";
	}

}
