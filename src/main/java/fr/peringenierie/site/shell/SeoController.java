package fr.peringenierie.site.shell;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectGallery;
import fr.peringenierie.site.web.SiteProperties;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read: the sitemap and robots.txt.
 */
@Controller
class SeoController {

	static final List<String> STATIC_PAGES = List.of("/", "/edito", "/histoire", "/departements", "/equipe",
			"/moyens-techniques", "/realisations", "/contact", "/mentions-legales", "/confidentialite");

	private final DepartmentCatalog departments;

	private final ProjectGallery gallery;

	private final SiteProperties siteProperties;

	SeoController(DepartmentCatalog departments, ProjectGallery gallery, SiteProperties siteProperties) {
		this.departments = departments;
		this.gallery = gallery;
		this.siteProperties = siteProperties;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@ResponseBody
	String sitemap() {
		List<String> urls = new ArrayList<>();
		STATIC_PAGES.forEach((path) -> urls.add(this.siteProperties.absoluteUrl(path)));
		for (Department department : this.departments.findAll()) {
			urls.add(this.siteProperties.absoluteUrl("/departements/" + department.getSlug()));
		}
		for (Project project : this.gallery.published()) {
			urls.add(this.siteProperties.absoluteUrl("/realisations/" + project.getSlug()));
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		urls.forEach((url) -> xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(url)).append("</loc></url>\n"));
		return xml.append("</urlset>\n").toString();
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String robots() {
		return "User-agent: *\nAllow: /\nDisallow: /admin\n\nSitemap: "
				+ this.siteProperties.absoluteUrl("/sitemap.xml") + "\n";
	}

}
