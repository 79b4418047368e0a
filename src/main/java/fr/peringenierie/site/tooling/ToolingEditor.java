package fr.peringenierie.site.tooling;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.admin.AuditLog;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.LabelForm;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the software categories and tools.
 */
@Service
@Transactional
public class ToolingEditor {

	private final ToolCategoryRepository categories;

	private final ToolRepository tools;

	private final AuditLog auditLog;

	public ToolingEditor(ToolCategoryRepository categories, ToolRepository tools, AuditLog auditLog) {
		this.categories = categories;
		this.tools = tools;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<ToolCategory> categories() {
		return this.categories.findAllWithTools();
	}

	@Transactional(readOnly = true)
	public ToolCategory category(long id) {
		ToolCategory category = this.categories.findById(id)
			.orElseThrow(() -> new ResourceNotFoundException("Catégorie inconnue"));
		category.getTools().size();
		return category;
	}

	public ToolCategory createCategory(LabelForm form) {
		ToolCategory category = this.categories
			.save(new ToolCategory(form.getLabel().strip(), Positioned.next(this.categories.findAll())));
		this.auditLog.record("Création", "Moyens techniques : « " + category.getName() + " »");
		return category;
	}

	public void renameCategory(long id, LabelForm form) {
		ToolCategory category = category(id);
		EditConflictException.check(category, form.getVersion());
		category.setName(form.getLabel().strip());
		this.auditLog.record("Modification", "Moyens techniques : « " + category.getName() + " »");
	}

	public void moveCategory(long id, int direction) {
		ToolCategory category = category(id);
		if (Positioned.move(new ArrayList<>(categories()), category, direction)) {
			this.auditLog.record("Réordonnancement", "Moyens techniques : « " + category.getName() + " »");
		}
	}

	public void deleteCategory(long id) {
		ToolCategory category = category(id);
		this.categories.delete(category);
		this.auditLog.record("Suppression", "Moyens techniques : « " + category.getName() + " » et ses logiciels");
	}

	@Transactional(readOnly = true)
	public Tool tool(long id) {
		Tool tool = this.tools.findById(id).orElseThrow(() -> new ResourceNotFoundException("Logiciel inconnu"));
		tool.getCategory().getName();
		return tool;
	}

	public void addTool(long categoryId, LabelForm form) {
		ToolCategory category = category(categoryId);
		Tool tool = new Tool(form.getLabel().strip(), Positioned.next(category.getTools()));
		category.addTool(tool);
		this.tools.save(tool);
		this.auditLog.record("Création", subject(tool));
	}

	public void renameTool(long id, LabelForm form) {
		Tool tool = tool(id);
		EditConflictException.check(tool, form.getVersion());
		tool.setLabel(form.getLabel().strip());
		this.auditLog.record("Modification", subject(tool));
	}

	/**
	 * @return the tool's category
	 */
	public long moveTool(long id, int direction) {
		Tool tool = tool(id);
		if (Positioned.move(new ArrayList<>(tool.getCategory().getTools()), tool, direction)) {
			this.auditLog.record("Réordonnancement", subject(tool));
		}
		return tool.getCategory().getId();
	}

	/**
	 * @return the tool's category
	 */
	public long deleteTool(long id) {
		Tool tool = tool(id);
		ToolCategory category = tool.getCategory();
		category.getTools().remove(tool);
		this.auditLog.record("Suppression", subject(tool));
		return category.getId();
	}

	private static String subject(Tool tool) {
		return "Moyens techniques : « " + tool.getCategory().getName() + " », logiciel « " + tool.getLabel() + " »";
	}

}
