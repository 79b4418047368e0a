package fr.peringenierie.site.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error with a French page in the site's layout, whatever the client asked
 * for, and never with details of what went wrong inside: no stack trace, no framework
 * name, no SQL.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

	static final String VIEW = "error/page";

	@RequestMapping
	ModelAndView error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ErrorPage page = ErrorPage.forStatus(status);
		Map<String, Object> model = Map.of("status", status.value(), "message", page.message(),
				PageMeta.MODEL_ATTRIBUTE, PageMeta.of(page.title(), page.message()));
		return new ModelAndView(VIEW, model, status);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		// Reached without an error (someone typed /error): nothing here.
		return HttpStatus.NOT_FOUND;
	}

	/**
	 * What a visitor reads for an error status.
	 */
	record ErrorPage(String title, String message) {

		static ErrorPage forStatus(HttpStatus status) {
			return switch (status) {
				case NOT_FOUND -> new ErrorPage("Page introuvable", "La page demandée n’existe pas ou a été déplacée.");
				case FORBIDDEN -> new ErrorPage("Accès refusé",
						"Vous n’avez pas les droits nécessaires pour accéder à cette page, ou le formulaire a expiré : rechargez la page et réessayez.");
				case METHOD_NOT_ALLOWED ->
					new ErrorPage("Action non autorisée", "Cette adresse ne permet pas l’action demandée.");
				case TOO_MANY_REQUESTS -> new ErrorPage("Trop de demandes",
						"Vous avez envoyé trop de demandes en peu de temps. Merci de patienter quelques minutes avant de réessayer.");
				// 413 resolves to CONTENT_TOO_LARGE, the name HTTP uses now.
				case CONTENT_TOO_LARGE -> new ErrorPage("Envoi trop volumineux",
						"Le fichier envoyé est trop volumineux : une image ne doit pas dépasser 5 Mo. Réduisez-la, puis envoyez-la de nouveau.");
				case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG ->
					new ErrorPage("Demande trop volumineuse", "La demande envoyée dépasse la taille autorisée.");
				case SERVICE_UNAVAILABLE -> new ErrorPage("Service momentanément indisponible",
						"Le site ne peut pas afficher cette page pour le moment : un incident technique est en cours de résolution. Merci de réessayer dans quelques instants.");
				case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> new ErrorPage("Format non pris en charge",
						"Le format de la demande n’est pas pris en charge par le site.");
				default -> status.is4xxClientError()
						? new ErrorPage("Demande invalide",
								"La demande n’a pas pu être comprise. Vérifiez l’adresse ou les informations saisies.")
						: new ErrorPage("Erreur du serveur",
								"Une erreur inattendue nous empêche d’afficher cette page. L’incident a été enregistré ; merci de réessayer dans quelques instants.");
			};
		}

	}

}
