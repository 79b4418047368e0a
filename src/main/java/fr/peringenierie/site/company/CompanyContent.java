package fr.peringenierie.site.company;

import java.util.List;

import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the site says about the company itself: its details, its page texts, the
 * édito and its history.
 */
@Service
@Transactional(readOnly = true)
public class CompanyContent {

	private final SiteSettingRepository settings;

	private final PageTextRepository texts;

	private final EditoRepository editos;

	private final MilestoneRepository milestones;

	public CompanyContent(SiteSettingRepository settings, PageTextRepository texts, EditoRepository editos,
			MilestoneRepository milestones) {
		this.settings = settings;
		this.texts = texts;
		this.editos = editos;
		this.milestones = milestones;
	}

	/**
	 * The company details a public page may show: settings reserved to administrators
	 * (the internal notification address) are internal and never among them.
	 */
	public SiteSettings settings() {
		return SiteSettings.of(settingList());
	}

	public List<SiteSetting> settingList() {
		return this.settings.findAllByOrderByPosition().stream().filter((setting) -> !setting.isAdminOnly()).toList();
	}

	public PageTexts texts() {
		return PageTexts.of(this.texts.findAllByOrderByPosition());
	}

	public Edito edito() {
		return this.editos.findFirstByOrderById().orElseThrow(() -> new ResourceNotFoundException("Aucun édito"));
	}

	public List<Milestone> milestones() {
		return this.milestones.findAllByOrderByPosition();
	}

}
