package fr.peringenierie.site.backup;

import java.security.Principal;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Sauvegardes », for administrators: the backups kept and their checks, a backup made
 * now, and a backup downloaded (streamed from its file, never read into memory).
 */
@Controller
class BackupAdminController {

	static final String PATH = "/admin/sauvegardes";

	private final Backups backups;

	private final BackupProperties properties;

	private final AuditLog auditLog;

	BackupAdminController(Backups backups, BackupProperties properties, AuditLog auditLog) {
		this.backups = backups;
		this.properties = properties;
		this.auditLog = auditLog;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("files", this.backups.files());
		model.addAttribute("runs", this.backups.recent());
		model.addAttribute("folder", this.properties.folder().toAbsolutePath().normalize().toString());
		model.addAttribute("retention", this.properties);
		return "admin/backup/list";
	}

	@PostMapping(PATH)
	String backUpNow(Principal principal, RedirectAttributes redirect) {
		this.backups.backUpNow(principal.getName()).ifPresentOrElse((run) -> {
			if (run.isVerified()) {
				redirect.addFlashAttribute("success", "Sauvegarde « " + run.getFileName()
						+ " » écrite, puis vérifiée en la restaurant dans une base d’essai.");
			}
			else {
				redirect.addFlashAttribute("failure", "La sauvegarde a échoué : " + run.getProblem());
			}
		}, () -> redirect.addFlashAttribute("failure",
				"Une sauvegarde est déjà en cours (sur ce serveur ou un autre) : attendez qu’elle finisse."));
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{name}/verifier")
	String checkAgain(@PathVariable String name, RedirectAttributes redirect) {
		this.backups.check(file(name))
			.ifPresentOrElse(
					(problem) -> redirect.addFlashAttribute("failure",
							"La sauvegarde « " + name + " » ne passe plus la vérification : " + problem),
					() -> redirect.addFlashAttribute("success", "La sauvegarde « " + name
							+ " » a été restaurée dans une base d’essai : elle est intacte."));
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{name}")
	ResponseEntity<FileSystemResource> download(@PathVariable String name) {
		Backups.BackupFile file = file(name);
		this.auditLog.record("Sauvegarde téléchargée", file.name());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(new FileSystemResource(file.path()));
	}

	private Backups.BackupFile file(String name) {
		return this.backups.file(name)
			.orElseThrow(() -> new ResourceNotFoundException(
					"Cette sauvegarde n’est pas (ou plus) dans le dossier des sauvegardes de ce serveur."));
	}

}
