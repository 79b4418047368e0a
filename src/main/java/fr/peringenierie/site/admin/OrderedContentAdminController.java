package fr.peringenierie.site.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving and deleting an item of any ordered kind of content, from the buttons of its
 * list: one set of handlers for every kind.
 */
@Controller
class OrderedContentAdminController {

	private final Map<String, OrderedContent> kinds;

	private final Messages messages;

	OrderedContentAdminController(List<OrderedContent> kinds, Messages messages) {
		this.messages = messages;
		this.kinds = kinds.stream().collect(Collectors.toMap(OrderedContent::pathSegment, Function.identity()));
	}

	@PostMapping("/admin/{kind}/{id}/monter")
	String moveUp(@PathVariable String kind, @PathVariable long id) {
		return move(kind, id, -1);
	}

	@PostMapping("/admin/{kind}/{id}/descendre")
	String moveDown(@PathVariable String kind, @PathVariable long id) {
		return move(kind, id, 1);
	}

	@PostMapping("/admin/{kind}/{id}/supprimer")
	String delete(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		OrderedContent content = kind(kind);
		String back = content.listUrl(id);
		content.delete(id);
		redirect.addFlashAttribute("success", this.messages.get(content.deletedMessage()));
		return "redirect:" + back;
	}

	private String move(String kind, long id, int direction) {
		OrderedContent content = kind(kind);
		content.move(id, direction);
		return "redirect:" + content.listUrl(id);
	}

	private OrderedContent kind(String pathSegment) {
		OrderedContent content = this.kinds.get(pathSegment);
		if (content == null) {
			throw new ResourceNotFoundException("Contenu inconnu : " + pathSegment);
		}
		return content;
	}

}
