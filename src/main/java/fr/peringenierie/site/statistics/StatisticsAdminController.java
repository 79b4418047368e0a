package fr.peringenierie.site.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import fr.peringenierie.site.audit.AuditLog;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Statistiques »: what the site brings, over 30, 90 or 365 days, as charts and as
 * tables (and as CSV); « Adresses introuvables »: the 404s to redirect or ignore.
 */
@Controller
class StatisticsAdminController {

	static final String PATH = "/admin/statistiques";

	static final String BROKEN_PATH = "/admin/adresses-introuvables";

	private static final Map<String, Integer> PERIODS = Map.of("30", 30, "90", 90, "365", 365);

	private final AudienceReport report;

	private final AuditLog auditLog;

	StatisticsAdminController(AudienceReport report, AuditLog auditLog) {
		this.report = report;
		this.auditLog = auditLog;
	}

	@GetMapping(PATH)
	String overview(@RequestParam(name = "periode", defaultValue = "30") String period, Model model) {
		AudienceReport.Period chosen = period(period);
		List<AudienceReport.Day> days = this.report.days(chosen);
		model.addAttribute("period", chosen);
		model.addAttribute("periods", List.of(30, 90, 365));
		model.addAttribute("chart", VisitorChart.of(days));
		model.addAttribute("totalVisitors", days.stream().mapToLong(AudienceReport.Day::visitors).sum());
		model.addAttribute("totalViews", days.stream().mapToLong(AudienceReport.Day::views).sum());
		model.addAttribute("days", newestFirst(days));
		model.addAttribute("pages", this.report.pages(chosen, 15));
		model.addAttribute("references", this.report.references(chosen, 10));
		model.addAttribute("entries", this.report.entries(chosen, 10));
		model.addAttribute("referrers", this.report.sources(chosen, "REFERRER", 15));
		model.addAttribute("devices", this.report.sources(chosen, "DEVICE", 5));
		model.addAttribute("filters", this.report.sources(chosen, "FILTER", 10));
		model.addAttribute("weeks", newestFirst(this.report.contactWeeks(chosen)));
		model.addAttribute("contactOrigins", this.report.contactOrigins(chosen, 10));
		return "admin/statistics/overview";
	}

	@GetMapping(PATH + ".csv")
	ResponseEntity<byte[]> csv(@RequestParam(name = "periode", defaultValue = "30") String period) {
		AudienceReport.Period chosen = period(period);
		StringBuilder csv = new StringBuilder("\uFEFFjour;visiteurs;pages vues\r\n");
		for (AudienceReport.Day day : this.report.days(chosen)) {
			csv.append(day.day()).append(';').append(day.visitors()).append(';').append(day.views()).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("statistiques-" + chosen.days() + "-jours.csv")
						.build()
						.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(BROKEN_PATH)
	String brokenAddresses(Model model) {
		model.addAttribute("addresses", this.report.brokenAddresses(100));
		return "admin/statistics/broken";
	}

	@PostMapping(BROKEN_PATH + "/ignorer")
	String ignore(@RequestParam(defaultValue = "") String path, RedirectAttributes redirect) {
		if (this.report.ignore(path)) {
			this.auditLog.record("Adresse introuvable ignorée", path);
			redirect.addFlashAttribute("success", "« " + path + " » n’apparaîtra plus dans cette liste.");
		}
		return "redirect:" + BROKEN_PATH;
	}

	private static <T> List<T> newestFirst(List<T> oldestFirst) {
		List<T> list = new ArrayList<>(oldestFirst);
		Collections.reverse(list);
		return list;
	}

	private AudienceReport.Period period(String period) {
		Integer days = PERIODS.get(period);
		if (days == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Période inconnue : 30, 90 ou 365 jours.");
		}
		return this.report.period(days);
	}

}
