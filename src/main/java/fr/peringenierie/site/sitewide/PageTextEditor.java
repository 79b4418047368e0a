package fr.peringenierie.site.sitewide;

import java.util.List;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the texts of the pages, checked against the version the form was
 * opened on and written to the audit log.
 */
@Service
@Transactional
public class PageTextEditor implements ContentPublisher {

	private final PageTextRepository texts;

	private final AuditLog auditLog;

	public PageTextEditor(PageTextRepository texts, AuditLog auditLog) {
		this.texts = texts;
		this.auditLog = auditLog;
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

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(PageText.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		updateText(id, TextValueForm.of(((PageText) wanted).getBody(), wanted.getVersion()));
	}

}
