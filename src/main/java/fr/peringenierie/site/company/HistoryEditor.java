package fr.peringenierie.site.company;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.RichTextSanitizer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the steps of the company's history: checked against the version the
 * form was opened on, sanitized, and written to the audit log.
 */
@Service
@Transactional
public class HistoryEditor implements OrderedContent, ContentPublisher {

	private final MilestoneRepository milestones;

	private final RichTextSanitizer sanitizer;

	private final AuditLog auditLog;

	public HistoryEditor(MilestoneRepository milestones, RichTextSanitizer sanitizer, AuditLog auditLog) {
		this.milestones = milestones;
		this.sanitizer = sanitizer;
		this.auditLog = auditLog;
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

	@Override
	public void move(long id, int offset) {
		Milestone milestone = milestone(id);
		if (Positioned.move(new ArrayList<>(milestones()), milestone, offset)) {
			this.auditLog.record("Réordonnancement", "Histoire : « " + milestone.getTitle() + " »");
		}
	}

	@Override
	public String pathSegment() {
		return "histoire";
	}

	@Override
	public String listUrl(long id) {
		return "/admin/histoire";
	}

	@Override
	public Class<Milestone> type() {
		return Milestone.class;
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(Milestone.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		updateMilestone(id, MilestoneForm.of((Milestone) wanted));
	}

}
