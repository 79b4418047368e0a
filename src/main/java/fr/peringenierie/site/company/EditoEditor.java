package fr.peringenierie.site.company;

import java.util.List;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.RichTextSanitizer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the édito: checked against the version the form was opened on,
 * sanitized, and written to the audit log.
 */
@Service
@Transactional
public class EditoEditor implements ContentPublisher {

	private final EditoRepository editos;

	private final RichTextSanitizer sanitizer;

	private final AuditLog auditLog;

	public EditoEditor(EditoRepository editos, RichTextSanitizer sanitizer, AuditLog auditLog) {
		this.editos = editos;
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

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(Edito.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		updateEdito(EditoForm.of((Edito) wanted));
	}

}
