package fr.peringenierie.site.tooling;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.annotations.Filter;

/**
 * A kind of work the software serves ("DAO CAO", "Calcul thermique scientifique") and the
 * tools used for it.
 */
@Entity
@TrackedContent(segment = "categorie", label = "la catégorie de logiciels", title = "name",
		editUrl = "/admin/moyens-techniques/{id}")
@Filter(name = OrderedEntity.NOT_BINNED)
@Table(name = "tool_category")
public class ToolCategory extends OrderedEntity implements PublicContent {

	@Column(nullable = false)
	@Tracked("Nom")
	private String name;

	@Filter(name = OrderedEntity.NOT_BINNED)
	@OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<Tool> tools = new ArrayList<>();

	protected ToolCategory() {
	}

	public ToolCategory(String name, int position) {
		super(position);
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<Tool> getTools() {
		return this.tools;
	}

	public void addTool(Tool tool) {
		tool.setCategory(this);
		this.tools.add(tool);
	}

	@Override
	public String displayName() {
		return this.name;
	}

	@Override
	public String publicPath() {
		return "/moyens-techniques";
	}

}
