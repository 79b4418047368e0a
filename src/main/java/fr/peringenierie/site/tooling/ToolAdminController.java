package fr.peringenierie.site.tooling;

import fr.peringenierie.site.admin.ListEntryAdminController;
import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Back-office screens of one software tool.
 */
@Controller
@RequestMapping("/admin/logiciels")
class ToolAdminController extends ListEntryAdminController<Tool> {

	ToolAdminController(ToolEditor editor, Messages messages, PublishActions publishing) {
		super(editor, messages, publishing);
	}

	@Override
	protected String entryUrl(Tool tool) {
		return "/admin/logiciels/" + tool.getId();
	}

	@Override
	protected String heading(Tool tool) {
		return this.messages.get("admin.heading.tool", tool.getCategory().getName());
	}

}
