package fr.peringenierie.site.tooling;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.LabelForm;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the software categories (their tools: {@link ToolEditor}).
 */
@Service
@Transactional
public class ToolingEditor implements OrderedContent, ContentPublisher {

	private final ToolCategoryRepository categories;

	private final AuditLog auditLog;

	public ToolingEditor(ToolCategoryRepository categories, AuditLog auditLog) {
		this.categories = categories;
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

	@Override
	public void move(long id, int offset) {
		ToolCategory category = category(id);
		if (Positioned.move(new ArrayList<>(categories()), category, offset)) {
			this.auditLog.record("Réordonnancement", "Moyens techniques : « " + category.getName() + " »");
		}
	}

	@Override
	public String pathSegment() {
		return "moyens-techniques";
	}

	@Override
	public String listUrl(long id) {
		return "/admin/moyens-techniques";
	}

	@Override
	public Class<ToolCategory> type() {
		return ToolCategory.class;
	}

	@Override
	@Transactional(readOnly = true)
	public String contents(long id) {
		int tools = category(id).getTools().size();
		return (tools == 0) ? null : "ses " + tools + " logiciel(s)";
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(ToolCategory.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		renameCategory(id, LabelForm.of(((ToolCategory) wanted).getName(), wanted.getVersion()));
	}

}
