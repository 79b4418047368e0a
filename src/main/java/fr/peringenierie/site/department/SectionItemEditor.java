package fr.peringenierie.site.department;

import java.util.List;

import fr.peringenierie.site.admin.ListEntryEditor;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.LabelForm;
import fr.peringenierie.site.web.Positioned;

import org.springframework.stereotype.Service;

/**
 * Staff changes to the items of a department's sections.
 */
@Service
public class SectionItemEditor extends ListEntryEditor<SectionItem> {

	private final DepartmentEditor departments;

	public SectionItemEditor(SectionItemRepository items, DepartmentEditor departments, AuditLog auditLog) {
		super(items, auditLog);
		this.departments = departments;
	}

	public void add(long sectionId, LabelForm form) {
		DepartmentSection section = this.departments.section(sectionId);
		SectionItem item = new SectionItem(form.getLabel().strip(), Positioned.next(section.getItems()));
		section.addItem(item);
		added(item);
	}

	@Override
	protected List<SectionItem> siblings(SectionItem item) {
		return item.getSection().getItems();
	}

	@Override
	public long parentId(SectionItem item) {
		return item.getSection().getId();
	}

	@Override
	protected String describe(SectionItem item) {
		return DepartmentEditor.sectionSubject(item.getSection()) + ", élément « " + item.getLabel() + " »";
	}

	@Override
	protected String parentUrl(long sectionId) {
		return "/admin/sections/" + sectionId;
	}

	@Override
	public String pathSegment() {
		return "elements";
	}

	@Override
	public Class<SectionItem> type() {
		return SectionItem.class;
	}

}
