package fr.peringenierie.site.team;

import fr.peringenierie.site.sitewide.PageTexts;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.web.Messages;
import fr.peringenierie.site.web.PageMeta;
import fr.peringenierie.site.web.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TeamController {

	private final TeamDirectory directory;

	private final SiteWideContent siteWide;

	private final Messages messages;

	TeamController(TeamDirectory directory, SiteWideContent siteWide, Messages messages) {
		this.messages = messages;
		this.directory = directory;
		this.siteWide = siteWide;
	}

	@GetMapping("/equipe")
	@PublicPage
	String team(Model model) {
		PageTexts texts = this.siteWide.texts();
		model.addAttribute("team", this.directory.team());
		model.addAttribute("people", this.directory.people());
		model.addAttribute("texts", texts);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE,
				PageMeta.of(this.messages.get("page.team.title"), texts.get("team.intro")));
		return "team/team";
	}

}
