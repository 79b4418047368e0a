package fr.peringenierie.site.team;

import fr.peringenierie.site.company.CompanyContent;
import fr.peringenierie.site.company.PageTexts;
import fr.peringenierie.site.web.PageMeta;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TeamController {

	private final TeamDirectory directory;

	private final CompanyContent company;

	TeamController(TeamDirectory directory, CompanyContent company) {
		this.directory = directory;
		this.company = company;
	}

	@GetMapping("/equipe")
	String team(Model model) {
		PageTexts texts = this.company.texts();
		model.addAttribute("team", this.directory.team());
		model.addAttribute("texts", texts);
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.of("Notre équipe", texts.get("team.intro")));
		return "team/team";
	}

}
