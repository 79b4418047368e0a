package fr.peringenierie.site.department;

import fr.peringenierie.site.web.HtmlText;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DepartmentController {

	private final DepartmentCatalog catalog;

	DepartmentController(DepartmentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/departements")
	@PublicPage
	String list(Model model) {
		model.addAttribute("departments", this.catalog.findAll());
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Nos départements",
				"Structure, Énergies, Maîtrise d’Œuvre d’Exécution et Assistance à Maîtrise d’Ouvrage : les quatre départements de PER INGÉNIERIE."));
		return "department/list";
	}

	@GetMapping("/departements/{slug}")
	@PublicPage
	String show(@PathVariable String slug, Model model) {
		Department department = this.catalog.findBySlug(slug).orElseThrow(() -> new DepartmentNotFoundException(slug));
		model.addAttribute("department", department);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of("Département " + department.getName(), HtmlText.excerpt(department.getSummary(), 160))
					.under("Départements", "/departements"));
		return "department/show";
	}

}
