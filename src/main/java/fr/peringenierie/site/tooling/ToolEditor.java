package fr.peringenierie.site.tooling;

import java.util.List;

import fr.peringenierie.site.admin.ListEntryEditor;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.LabelForm;
import fr.peringenierie.site.web.Positioned;

import org.springframework.stereotype.Service;

/**
 * Staff changes to the software tools of a category.
 */
@Service
public class ToolEditor extends ListEntryEditor<Tool> {

	private final ToolingEditor categories;

	public ToolEditor(ToolRepository tools, ToolingEditor categories, AuditLog auditLog) {
		super(tools, auditLog);
		this.categories = categories;
	}

	public void add(long categoryId, LabelForm form) {
		ToolCategory category = this.categories.category(categoryId);
		Tool tool = new Tool(form.getLabel().strip(), Positioned.next(category.getTools()));
		category.addTool(tool);
		added(tool);
	}

	@Override
	protected List<Tool> siblings(Tool tool) {
		return tool.getCategory().getTools();
	}

	@Override
	public long parentId(Tool tool) {
		return tool.getCategory().getId();
	}

	@Override
	protected String describe(Tool tool) {
		return "Moyens techniques : « " + tool.getCategory().getName() + " », logiciel « " + tool.getLabel() + " »";
	}

	@Override
	protected String parentUrl(long categoryId) {
		return "/admin/moyens-techniques/" + categoryId;
	}

	@Override
	public String pathSegment() {
		return "logiciels";
	}

	@Override
	public Class<Tool> type() {
		return Tool.class;
	}

}
