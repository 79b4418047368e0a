package fr.peringenierie.site.tooling;

import fr.peringenierie.site.admin.ListEntryAdminController;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Back-office screens of one software tool.
 */
@Controller
@RequestMapping("/admin/logiciels")
class ToolAdminController extends ListEntryAdminController<Tool> {

	ToolAdminController(ToolEditor editor) {
		super(editor);
	}

	@Override
	protected String entryUrl(Tool tool) {
		return "/admin/logiciels/" + tool.getId();
	}

	@Override
	protected String heading(Tool tool) {
		return "Logiciel de la catégorie « " + tool.getCategory().getName() + " »";
	}

}
