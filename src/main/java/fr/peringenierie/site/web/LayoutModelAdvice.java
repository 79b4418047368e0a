package fr.peringenierie.site.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.peringenierie.site.company.CompanyContent;
import fr.peringenierie.site.company.SiteSettings;
import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts in every page's model what the layout shows around the page: company details, the
 * departments for the navigation and footer, the canonical address and the schema.org
 * description of the company.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private static final Logger logger = LoggerFactory.getLogger(LayoutModelAdvice.class);

	private final CompanyContent company;

	private final DepartmentCatalog departments;

	private final SiteProperties siteProperties;

	private final JsonMapper jsonMapper;

	LayoutModelAdvice(CompanyContent company, DepartmentCatalog departments, SiteProperties siteProperties,
			JsonMapper jsonMapper) {
		this.company = company;
		this.departments = departments;
		this.siteProperties = siteProperties;
		this.jsonMapper = jsonMapper;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, org.springframework.ui.Model model) {
		SiteSettings settings;
		List<Department> navDepartments;
		try {
			settings = this.company.settings();
			navDepartments = this.departments.findAll();
		}
		catch (DataAccessException ex) {
			// The error page must still render when the database is what failed.
			logger.warn("Contenu du gabarit indisponible : {}", ex.getMessage());
			settings = SiteSettings.of(List.of());
			navDepartments = List.of();
		}
		boolean errorPage = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
		String path = errorPage ? null : request.getRequestURI().substring(request.getContextPath().length());
		model.addAttribute("site", settings);
		model.addAttribute("navDepartments", navDepartments);
		model.addAttribute("currentPath", (path != null) ? path : "");
		model.addAttribute("canonicalUrl", (path != null) ? this.siteProperties.absoluteUrl(path) : null);
		model.addAttribute("siteUrl", this.siteProperties.absoluteUrl("/"));
		model.addAttribute("organizationJsonLd", organizationJsonLd(settings));
	}

	/**
	 * The schema.org Organization of the company as JSON that is safe to place in a
	 * script element: no character of it can close the element.
	 */
	String organizationJsonLd(SiteSettings settings) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@context", "https://schema.org");
		organization.put("@type", "Organization");
		organization.put("name", settings.getCompanyName());
		organization.put("url", this.siteProperties.absoluteUrl("/"));
		organization.put("logo", this.siteProperties.absoluteUrl("/img/logo-per-ingenierie.svg"));
		putIfPresent(organization, "description", settings.get("company.activity"));
		putIfPresent(organization, "foundingDate", settings.get(SiteSettings.FOUNDED_YEAR));
		String city = settings.get("company.head-office-city");
		if (city != null) {
			organization.put("foundingLocation", Map.of("@type", "Place", "name", city));
		}
		putIfPresent(organization, "email", settings.get("company.email"));
		putIfPresent(organization, "telephone", settings.get("company.phone"));
		putIfPresent(organization, "address", settings.get("company.address"));
		return this.jsonMapper.writeValueAsString(organization)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
