package fr.peringenierie.site.department;

import fr.peringenierie.site.admin.ListEntryAdminController;
import fr.peringenierie.site.revision.PublishActions;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Back-office screens of one item of a department's section.
 */
@Controller
@RequestMapping("/admin/elements")
class SectionItemAdminController extends ListEntryAdminController<SectionItem> {

	SectionItemAdminController(SectionItemEditor editor, Messages messages, PublishActions publishing) {
		super(editor, messages, publishing);
	}

	@Override
	protected String entryUrl(SectionItem item) {
		return "/admin/elements/" + item.getId();
	}

	@Override
	protected String heading(SectionItem item) {
		return this.messages.get("admin.heading.item", item.getSection().getTitle());
	}

}
