package fr.peringenierie.site.department;

import fr.peringenierie.site.admin.OrderedContent;

import org.springframework.stereotype.Component;

/**
 * Moving and deleting the sections of a department page.
 */
@Component
class SectionOrdering implements OrderedContent {

	private final DepartmentEditor editor;

	SectionOrdering(DepartmentEditor editor) {
		this.editor = editor;
	}

	@Override
	public String pathSegment() {
		return "sections";
	}

	@Override
	public String listUrl(long id) {
		return "/admin/departements/" + this.editor.section(id).getDepartment().getId();
	}

	@Override
	public void move(long id, int offset) {
		this.editor.moveSection(id, offset);
	}

	@Override
	public Class<DepartmentSection> type() {
		return DepartmentSection.class;
	}

	@Override
	public String contents(long id) {
		int items = this.editor.section(id).getItems().size();
		return (items == 0) ? null : "ses " + items + " élément(s)";
	}

}
