package fr.peringenierie.site.home;

import java.util.List;

import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.news.NewsDesk;
import fr.peringenierie.site.project.Project;
import fr.peringenierie.site.project.ProjectGallery;
import fr.peringenierie.site.sitewide.PageTexts;
import fr.peringenierie.site.sitewide.SitePicture;
import fr.peringenierie.site.sitewide.SitePictures;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.team.TeamDirectory;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final int FEATURED_PROJECTS = 3;

	static final int LATEST_NEWS = 3;

	private final SiteWideContent siteWide;

	private final DepartmentCatalog departments;

	private final ProjectGallery gallery;

	private final TeamDirectory team;

	private final SitePictures pictures;

	private final NewsDesk news;

	HomeController(SiteWideContent siteWide, DepartmentCatalog departments, ProjectGallery gallery, TeamDirectory team,
			SitePictures pictures, NewsDesk news) {
		this.news = news;
		this.pictures = pictures;
		this.siteWide = siteWide;
		this.departments = departments;
		this.gallery = gallery;
		this.team = team;
	}

	@GetMapping("/")
	@PublicPage
	String home(Model model) {
		PageTexts texts = this.siteWide.texts();
		List<Project> projects = this.gallery.published();
		model.addAttribute("texts", texts);
		model.addAttribute("departments", this.departments.findAll());
		model.addAttribute("featuredProjects", projects.subList(0, Math.min(FEATURED_PROJECTS, projects.size())));
		model.addAttribute("projectCount", projects.size());
		model.addAttribute("team", this.team.team());
		model.addAttribute("latestNews", this.news.latest(LATEST_NEWS));
		model.addAttribute("hero", this.pictures.bySlot().get(SitePicture.HOME_HERO));
		// The title says what the firm is and where, as people search for it.
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(texts.get("home.title"), texts.get("home.baseline") + ". " + texts.get("home.tagline")));
		return "home/home";
	}

}
