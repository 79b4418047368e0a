package fr.peringenierie.site.company;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.admin.AuditLog;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.RichTextSanitizer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the company's content. Every change is checked against the version the
 * form was opened on, sanitized when it is rich text, and written to the audit log.
 */
@Service
@Transactional
public class CompanyEditor {

	private final EditoRepository editos;

	private final MilestoneRepository milestones;

	private final PageTextRepository texts;

	private final SiteSettingRepository settings;

	private final RichTextSanitizer sanitizer;

	private final AuditLog auditLog;

	public CompanyEditor(EditoRepository editos, MilestoneRepository milestones, PageTextRepository texts,
			SiteSettingRepository settings, RichTextSanitizer sanitizer, AuditLog auditLog) {
		this.editos = editos;
		this.milestones = milestones;
		this.texts = texts;
		this.settings = settings;
		this.sanitizer = sanitizer;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public Edito edito() {
		return this.editos.findFirstByOrderById().orElseThrow(() -> new ResourceNotFoundException("Aucun édito"));
	}

	public void updateEdito(EditoForm form) {
		Edito edito = edito();
		EditConflictException.check(edito, form.getVersion());
		edito.setTitle(form.getTitle().strip());
		edito.setBody(this.sanitizer.sanitize(form.getBody()));
		edito.setSignatoryName(form.getSignatoryName().strip());
		edito.setSignatoryTitle(form.getSignatoryTitle().strip());
		this.auditLog.record("Modification", "Édito");
	}

	@Transactional(readOnly = true)
	public List<Milestone> milestones() {
		return this.milestones.findAllByOrderByPosition();
	}

	@Transactional(readOnly = true)
	public Milestone milestone(long id) {
		return this.milestones.findById(id).orElseThrow(() -> new ResourceNotFoundException("Étape inconnue"));
	}

	public Milestone createMilestone(MilestoneForm form) {
		Milestone milestone = this.milestones.save(new Milestone(form.getPeriodLabel().strip(), form.getTitle().strip(),
				this.sanitizer.sanitize(form.getBody()), Positioned.next(milestones())));
		this.auditLog.record("Création", "Histoire : « " + milestone.getTitle() + " »");
		return milestone;
	}

	public void updateMilestone(long id, MilestoneForm form) {
		Milestone milestone = milestone(id);
		EditConflictException.check(milestone, form.getVersion());
		milestone.setPeriodLabel(form.getPeriodLabel().strip());
		milestone.setTitle(form.getTitle().strip());
		milestone.setBody(this.sanitizer.sanitize(form.getBody()));
		this.auditLog.record("Modification", "Histoire : « " + milestone.getTitle() + " »");
	}

	public void moveMilestone(long id, int direction) {
		Milestone milestone = milestone(id);
		if (Positioned.move(new ArrayList<>(milestones()), milestone, direction)) {
			this.auditLog.record("Réordonnancement", "Histoire : « " + milestone.getTitle() + " »");
		}
	}

	public void deleteMilestone(long id) {
		Milestone milestone = milestone(id);
		this.milestones.delete(milestone);
		this.auditLog.record("Suppression", "Histoire : « " + milestone.getTitle() + " »");
	}

	@Transactional(readOnly = true)
	public List<PageText> texts() {
		return this.texts.findAllByOrderByPosition();
	}

	@Transactional(readOnly = true)
	public PageText text(long id) {
		return this.texts.findById(id).orElseThrow(() -> new ResourceNotFoundException("Texte inconnu"));
	}

	public void updateText(long id, TextValueForm form) {
		PageText text = text(id);
		EditConflictException.check(text, form.getVersion());
		text.setBody(form.getValue().strip());
		this.auditLog.record("Modification", "Texte : « " + text.getLabel() + " »");
	}

	/**
	 * The settings a user may see: those reserved to administrators are left out for
	 * others.
	 */
	@Transactional(readOnly = true)
	public List<SiteSetting> settings(boolean administrator) {
		return this.settings.findAllByOrderByPosition()
			.stream()
			.filter((setting) -> administrator || !setting.isAdminOnly())
			.toList();
	}

	/**
	 * A setting, which only administrators may open when it is reserved to them.
	 */
	@Transactional(readOnly = true)
	public SiteSetting setting(long id, boolean administrator) {
		SiteSetting setting = this.settings.findById(id)
			.orElseThrow(() -> new ResourceNotFoundException("Paramètre inconnu"));
		if (setting.isAdminOnly() && !administrator) {
			throw new AccessDeniedException("Paramètre réservé aux administrateurs");
		}
		return setting;
	}

	/**
	 * Changes a company detail; settings marked for administrators refuse other users.
	 */
	public void updateSetting(long id, TextValueForm form, boolean administrator) {
		SiteSetting setting = setting(id, administrator);
		EditConflictException.check(setting, form.getVersion());
		String value = (form.getValue() == null) ? "" : form.getValue().strip();
		setting.setValue(value.isEmpty() ? null : value);
		this.auditLog.record("Modification", "Paramètre : « " + setting.getLabel() + " »");
	}

}
