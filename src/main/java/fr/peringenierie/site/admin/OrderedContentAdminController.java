package fr.peringenierie.site.admin;

import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.OrderedEntity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving an item of any ordered kind of content, and deleting it to the bin after a
 * confirmation, from the buttons of its list: one set of handlers for every kind. Each
 * button sends the version the list showed, so that nobody moves or deletes an item
 * someone else has just changed without seeing the change.
 */
@Controller
class OrderedContentAdminController {

	private final Bin bin;

	private final Messages messages;

	OrderedContentAdminController(Bin bin, Messages messages) {
		this.bin = bin;
		this.messages = messages;
	}

	@PostMapping("/admin/{kind}/{id}/monter")
	String moveUp(@PathVariable String kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return move(kind, id, version, -1, redirect);
	}

	@PostMapping("/admin/{kind}/{id}/descendre")
	String moveDown(@PathVariable String kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return move(kind, id, version, 1, redirect);
	}

	/**
	 * Moves an item straight to the position typed (or dropped on), counted from 1.
	 */
	@PostMapping("/admin/{kind}/{id}/deplacer")
	String moveTo(@PathVariable String kind, @PathVariable long id, @RequestParam long version, @RequestParam int from,
			@RequestParam(defaultValue = "") String position, RedirectAttributes redirect) {
		int target;
		try {
			target = Integer.parseInt(position.strip());
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("failure", this.messages.get("ordered.position.invalid"));
			return "redirect:" + this.bin.kind(kind).listUrl(id);
		}
		return move(kind, id, version, Math.max(1, target) - from, redirect);
	}

	@GetMapping("/admin/{kind}/{id}/supprimer")
	String confirmDelete(@PathVariable String kind, @PathVariable long id, Model model) {
		OrderedContent content = this.bin.kind(kind);
		OrderedEntity item = this.bin.item(content, id);
		model.addAttribute("kind", content);
		model.addAttribute("item", item);
		model.addAttribute("contents", content.contents(id));
		model.addAttribute("back", content.listUrl(id));
		return "admin/bin/confirm";
	}

	@PostMapping("/admin/{kind}/{id}/supprimer")
	String delete(@PathVariable String kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		OrderedContent content = this.bin.kind(kind);
		OrderedEntity item = this.bin.item(content, id);
		String back = content.listUrl(id);
		try {
			this.bin.put(content, id, version);
			redirect.addFlashAttribute("success", this.messages.get("bin.put", item.displayName()));
			redirect.addFlashAttribute("binned", true);
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("failure", this.messages.get("bin.conflict", item.displayName()));
		}
		return "redirect:" + back;
	}

	private String move(String kind, long id, long version, int offset, RedirectAttributes redirect) {
		OrderedContent content = this.bin.kind(kind);
		try {
			this.bin.move(content, id, version, offset);
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("failure",
					this.messages.get("ordered.conflict", this.bin.item(content, id).displayName()));
		}
		return "redirect:" + content.listUrl(id);
	}

}
