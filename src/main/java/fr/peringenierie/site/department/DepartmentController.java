package fr.peringenierie.site.department;

import java.util.List;

import fr.peringenierie.site.team.TeamDirectory;
import fr.peringenierie.site.web.HtmlText;
import fr.peringenierie.site.web.Mentions;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DepartmentController {

	private final DepartmentCatalog catalog;

	private final Messages messages;

	private final DepartmentProjects projects;

	private final TeamDirectory team;

	private final List<Mentions> mentions;

	DepartmentController(DepartmentCatalog catalog, Messages messages, DepartmentProjects projects, TeamDirectory team,
			List<Mentions> mentions) {
		this.mentions = mentions;
		this.team = team;
		this.messages = messages;
		this.catalog = catalog;
		this.projects = projects;
	}

	@GetMapping("/departements")
	@PublicPage
	String list(Model model) {
		model.addAttribute("departments", this.catalog.findAll());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of(this.messages.get("page.departments.title"),
				this.messages.get("page.departments.description")));
		return "department/list";
	}

	@GetMapping("/departements/{slug}")
	@PublicPage
	String show(@PathVariable String slug, Model model) {
		Department department = this.catalog.findBySlug(slug).orElseThrow(() -> new DepartmentNotFoundException(slug));
		model.addAttribute("department", department);
		model.addAttribute("projects", this.projects.of(department.getSlug()));
		model.addAttribute("team", this.team.team());
		model.addAttribute("mentions", this.mentions.stream().flatMap((each) -> each.of(department).stream()).toList());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta
					.of(this.messages.get("page.department.title", department.getName()),
							HtmlText.excerpt(department.getSummary(), 160))
					.under("Départements", "/departements"));
		return "department/show";
	}

}
