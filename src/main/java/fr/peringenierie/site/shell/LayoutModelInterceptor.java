package fr.peringenierie.site.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.sitewide.SitePicture;
import fr.peringenierie.site.sitewide.SitePictures;
import fr.peringenierie.site.sitewide.SiteSettings;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.JsonLd;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PreviewResponse;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts in every page's model what the layout shows around the page: company details, the
 * departments for the navigation and footer, the canonical address and the schema.org
 * description of the company. It runs only when a view is about to be rendered, so
 * redirects, images, CSV exports and the sitemap cost no query for it.
 */
@Component
public class LayoutModelInterceptor implements HandlerInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(LayoutModelInterceptor.class);

	private final SiteWideContent siteWide;

	private final DepartmentCatalog departments;

	private final PublicAddress siteProperties;

	private final JsonMapper jsonMapper;

	private final SitePictures pictures;

	private volatile LayoutContent lastKnown = new LayoutContent(SiteSettings.of(List.of()), List.of(), ImageRef.none(),
			ImageRef.none());

	LayoutModelInterceptor(SiteWideContent siteWide, DepartmentCatalog departments, PublicAddress siteProperties,
			JsonMapper jsonMapper, SitePictures pictures) {
		this.pictures = pictures;
		this.siteWide = siteWide;
		this.departments = departments;
		this.siteProperties = siteProperties;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getView() instanceof RedirectView
				|| (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		LayoutContent content = layoutContent(response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE,
				request.getAttribute(PreviewResponse.NOTICE) != null);
		SiteSettings settings = content.settings();
		List<Department> navDepartments = content.departments();
		boolean errorPage = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
		String path = errorPage ? null : request.getRequestURI().substring(request.getContextPath().length());
		view.addObject("site", settings);
		// The role of a member of staff, for the back office's buttons and menu.
		StaffRole.of(SecurityContextHolder.getContext().getAuthentication())
			.ifPresent((role) -> view.addObject("staffRole", role));
		view.addObject("navDepartments", navDepartments);
		view.addObject("logo", content.logo());
		view.addObject("currentPath", (path != null) ? path : "");
		Object canonicalQuery = view.getModel().get(PageMeta.CANONICAL_QUERY);
		view.addObject("canonicalUrl",
				(path != null)
						? this.siteProperties.absoluteUrl((canonicalQuery != null) ? path + "?" + canonicalQuery : path)
						: null);
		view.addObject("siteUrl", this.siteProperties.absoluteUrl("/"));
		if (!this.siteProperties.isSet()) {
			// Until the public address is set, search engines are asked to wait.
			view.addObject("noindex", true);
		}
		view.addObject("organizationJsonLd", organizationJsonLd(settings, content.logo()));
		if (view.getModel().get(PageMeta.SHARED_IMAGE) == null) {
			// A page without a picture of its own is shared with the home page's photo,
			// or the drawing made for the site.
			ImageRef hero = content.hero();
			view.addObject(PageMeta.SHARED_IMAGE, this.siteProperties.absoluteUrl(
					hero.isPresent() ? hero.url(ImageRef.WIDTHS.get(ImageRef.WIDTHS.size() - 1)) : "/img/partage.png"));
		}
		view.addObject("pageJsonLd", pageJsonLd(view.getModel(), path));
	}

	/**
	 * The page's own schema.org data and its breadcrumb trail, as JSON safe in a script
	 * element, or {@code null} when it has neither.
	 */
	String pageJsonLd(Map<String, Object> model, String path) {
		List<Object> graph = new ArrayList<>();
		if (model.get(PageMeta.STRUCTURED_DATA) instanceof Map<?, ?> data) {
			graph.add(data);
		}
		// Every page but the home page shows its trail, « Accueil » first (see the
		// breadcrumb fragment): search engines read the same.
		if (path != null && !path.equals("/") && model.get(PageMeta.MODEL_ATTRIBUTE) instanceof PageMeta page) {
			List<Map<String, Object>> items = new ArrayList<>();
			items.add(listItem(1, "Accueil", "/"));
			for (PageMeta.Breadcrumb crumb : page.breadcrumbs()) {
				items.add(listItem(items.size() + 1, crumb.label(), crumb.path()));
			}
			items.add(listItem(items.size() + 1, page.title(), path));
			graph.add(JsonLd.object("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement",
					items));
		}
		return graph.isEmpty() ? null : safeJson((graph.size() == 1) ? graph.get(0) : graph);
	}

	private Map<String, Object> listItem(int position, String name, String path) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", "ListItem");
		item.put("position", position);
		item.put("name", name);
		item.put("item", this.siteProperties.absoluteUrl(path));
		return item;
	}

	/**
	 * What the layout shows, read from the database, or as last read when the database
	 * cannot be reached (or is already known not to be, for a 503 page), so that an error
	 * page still shows the site's navigation without waiting for the database again.
	 */
	private LayoutContent layoutContent(boolean databaseKnownDown, boolean preview) {
		if (!databaseKnownDown) {
			try {
				Map<String, ImageRef> pictures = this.pictures.bySlot();
				LayoutContent content = new LayoutContent(this.siteWide.settings(), this.departments.findAll(),
						pictures.getOrDefault(SitePicture.LOGO, ImageRef.none()),
						pictures.getOrDefault(SitePicture.HOME_HERO, ImageRef.none()));
				if (!preview) {
					// A preview reads changes that are never committed.
					this.lastKnown = content;
				}
				return content;
			}
			catch (DataAccessException | TransactionException ex) {
				logger.warn("Contenu du gabarit indisponible : {}", ex.getMessage());
			}
		}
		return this.lastKnown;
	}

	/**
	 * The schema.org Organization of the company as JSON that is safe to place in a
	 * script element: no character of it can close the element.
	 */
	String organizationJsonLd(SiteSettings settings, ImageRef logo) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@context", "https://schema.org");
		// A local business once its address is known (what a map or a local search
		// shows), an organization until then.
		String address = settings.get("company.address");
		organization.put("@type", (address != null) ? "ProfessionalService" : "Organization");
		organization.put("name", settings.getCompanyName());
		organization.put("url", this.siteProperties.absoluteUrl("/"));
		organization.put("logo", this.siteProperties
			.absoluteUrl(logo.isPresent() ? logo.url(ImageRef.WIDTHS.get(0)) : "/img/logo-per-ingenierie.svg"));
		putIfPresent(organization, "description", settings.get("company.activity"));
		putIfPresent(organization, "foundingDate", settings.get(SiteSettings.FOUNDED_YEAR));
		String city = settings.get("company.head-office-city");
		if (city != null) {
			organization.put("foundingLocation", JsonLd.object("@type", "Place", "name", city));
		}
		putIfPresent(organization, "email", settings.get("company.email"));
		putIfPresent(organization, "telephone", settings.get("company.phone"));
		if (address != null) {
			Map<String, Object> postal = JsonLd.object("@type", "PostalAddress", "streetAddress",
					String.join(", ", address.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList()));
			if (city != null) {
				postal.put("addressLocality", city);
			}
			postal.put("addressCountry", "FR");
			organization.put("address", postal);
			organization.put("image", organization.get("logo"));
		}
		return safeJson(organization);
	}

	/**
	 * JSON that no character of can close the script element it is placed in.
	 */
	private String safeJson(Object value) {
		return this.jsonMapper.writeValueAsString(value)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private record LayoutContent(SiteSettings settings, List<Department> departments, ImageRef logo, ImageRef hero) {

	}

}
