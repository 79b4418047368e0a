package fr.peringenierie.site.admin;

import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bin's screens: what was deleted, by whom, until when it can be restored; restoring
 * and, for administrators, deleting for good after a confirmation.
 */
@Controller
class BinAdminController {

	private static final String BIN = "/admin/corbeille";

	private final Bin bin;

	private final Messages messages;

	BinAdminController(Bin bin, Messages messages) {
		this.bin = bin;
		this.messages = messages;
	}

	@GetMapping(BIN)
	String list(Model model) {
		model.addAttribute("items", this.bin.contents());
		return "admin/bin/list";
	}

	@PostMapping(BIN + "/{kind}/{id}/restaurer")
	String restore(@PathVariable String kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		OrderedContent content = this.bin.kind(kind);
		Bin.BinnedItem item = this.bin.binned(content, id);
		try {
			String back = this.bin.restore(content, id, version);
			redirect.addFlashAttribute("success", this.messages.get("bin.restored", item.name()));
			return "redirect:" + back;
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("failure", this.messages.get("bin.conflict", item.name()));
			return "redirect:" + BIN;
		}
	}

	@GetMapping(BIN + "/{kind}/{id}/supprimer")
	String confirmPurge(@PathVariable String kind, @PathVariable long id, Model model) {
		model.addAttribute("item", this.bin.binned(this.bin.kind(kind), id));
		return "admin/bin/purge";
	}

	@PostMapping(BIN + "/{kind}/{id}/supprimer")
	String purge(@PathVariable String kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		OrderedContent content = this.bin.kind(kind);
		Bin.BinnedItem item = this.bin.binned(content, id);
		try {
			this.bin.purge(content, id, version);
			redirect.addFlashAttribute("success", this.messages.get("bin.purged", item.name()));
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("failure", this.messages.get("bin.conflict", item.name()));
		}
		return "redirect:" + BIN;
	}

}
