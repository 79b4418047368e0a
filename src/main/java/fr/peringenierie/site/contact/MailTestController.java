package fr.peringenierie.site.contact;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Tester l’envoi » on the notifications screen: a message to the notification address,
 * sent now, and the outcome in French.
 */
@Controller
class MailTestController {

	private final NotificationOutbox outbox;

	MailTestController(NotificationOutbox outbox) {
		this.outbox = outbox;
	}

	@PostMapping("/admin/parametres/groupe/notifications/essai")
	String sendTest(RedirectAttributes redirect) {
		this.outbox.sendTest()
			.ifPresentOrElse(
					(problem) -> redirect.addFlashAttribute("failure", "Essai d’envoi impossible : " + problem),
					() -> redirect.addFlashAttribute("success",
							"Message d’essai envoyé : vérifiez qu’il est bien arrivé (et pas dans les indésirables)."));
		return "redirect:/admin/parametres/groupe/notifications";
	}

}
