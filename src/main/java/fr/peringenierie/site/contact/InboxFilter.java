package fr.peringenierie.site.contact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The inbox filters, from the query string: status, subject, dates and free text.
 */
public class InboxFilter {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private ContactStatus statut;

	private String objet;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate du;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate au;

	private String q;

	/**
	 * The requests that pass the filter. Spam shows only when asked for, as the spam
	 * tray.
	 */
	Specification<ContactRequest> toSpecification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.statut != null) {
				predicates.add(builder.equal(root.get("status"), this.statut));
			}
			else {
				predicates.add(builder.notEqual(root.get("status"), ContactStatus.SPAM));
			}
			if (this.objet != null && !this.objet.isBlank()) {
				predicates.add(builder.equal(root.get("subjectCode"), this.objet));
			}
			if (this.du != null) {
				predicates
					.add(builder.greaterThanOrEqualTo(root.get("receivedAt"), this.du.atStartOfDay(PARIS).toInstant()));
			}
			if (this.au != null) {
				predicates
					.add(builder.lessThan(root.get("receivedAt"), this.au.plusDays(1).atStartOfDay(PARIS).toInstant()));
			}
			if (this.q != null && !this.q.isBlank()) {
				String pattern = "%" + this.q.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(builder.or(builder.like(builder.lower(root.get("name")), pattern, '\\'),
						builder.like(builder.lower(root.get("email")), pattern, '\\'),
						builder.like(builder.lower(root.get("company")), pattern, '\\'),
						builder.like(builder.lower(root.get("message")), pattern, '\\')));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	public ContactStatus getStatut() {
		return this.statut;
	}

	public void setStatut(ContactStatus statut) {
		this.statut = statut;
	}

	public String getObjet() {
		return this.objet;
	}

	public void setObjet(String objet) {
		this.objet = objet;
	}

	public LocalDate getDu() {
		return this.du;
	}

	public void setDu(LocalDate du) {
		this.du = du;
	}

	public LocalDate getAu() {
		return this.au;
	}

	public void setAu(LocalDate au) {
		this.au = au;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
