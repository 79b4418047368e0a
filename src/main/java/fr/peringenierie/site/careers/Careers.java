package fr.peringenierie.site.careers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.peringenierie.site.department.Department;
import fr.peringenierie.site.department.DepartmentCatalog;
import fr.peringenierie.site.sitewide.SiteWideContent;
import fr.peringenierie.site.web.JsonLd;
import fr.peringenierie.site.web.PublicAddress;
import fr.peringenierie.site.web.SitemapEntries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job offers as visitors read them: those open today, an offer's page (open or
 * closed), and its {@code JobPosting} markup for search engines.
 */
@Service
@Transactional(readOnly = true)
public class Careers implements SitemapEntries {

	private final JobOfferRepository offers;

	private final DepartmentCatalog departments;

	private final PublicAddress site;

	private final SiteWideContent siteWide;

	private final Clock clock;

	Careers(JobOfferRepository offers, DepartmentCatalog departments, PublicAddress site, SiteWideContent siteWide,
			Clock clock) {
		this.offers = offers;
		this.departments = departments;
		this.site = site;
		this.siteWide = siteWide;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(JobOfferEditor.PARIS));
	}

	public List<JobOffer> open() {
		return this.offers.findOpen(today());
	}

	/**
	 * A published offer, open or closed: a closed offer's page stays, to say so.
	 */
	public Optional<JobOffer> published(String slug) {
		return this.offers.findPublishedBySlug(slug);
	}

	public Optional<Department> department(JobOffer offer) {
		return (offer.getDepartmentId() != null) ? this.departments.findAll()
			.stream()
			.filter((department) -> department.getId().equals(offer.getDepartmentId()))
			.findFirst() : Optional.empty();
	}

	@Override
	public List<String> sitemapPaths() {
		return open().stream().map(JobOffer::getAddress).toList();
	}

	/**
	 * The offer as schema.org {@code JobPosting}, with the properties Google requires
	 * (title, description, datePosted, validThrough, hiringOrganization, jobLocation) and
	 * the contract as {@code employmentType}.
	 */
	public Map<String, Object> structuredData(JobOffer offer) {
		Map<String, Object> posting = new LinkedHashMap<>();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "JobPosting");
		posting.put("title", offer.getTitle());
		posting.put("description", offer.getDescription());
		posting.put("datePosted",
				((offer.getFirstPublishedAt() != null) ? offer.getFirstPublishedAt() : this.clock.instant())
					.atOffset(ZoneOffset.UTC)
					.toLocalDate()
					.toString());
		// Applications are taken until the end of the closing day, in France.
		posting.put("validThrough",
				offer.getClosesOn().atTime(23, 59, 59).atZone(JobOfferEditor.PARIS).toOffsetDateTime().toString());
		posting.put("employmentType", offer.getContract().getEmploymentType());
		posting.put("hiringOrganization", JsonLd.object("@type", "Organization", "name",
				this.siteWide.settings().getCompanyName(), "sameAs", this.site.absoluteUrl("/")));
		posting.put("jobLocation",
				JsonLd.object("@type", "Place", "address",
						JsonLd.object("@type", "PostalAddress", "addressLocality", offer.getPlace().getLabel(),
								"postalCode", offer.getPlace().getPostalCode(), "addressRegion", "Occitanie",
								"addressCountry", "FR")));
		posting.put("directApply", true);
		posting.put("url", this.site.absoluteUrl(offer.getAddress()));
		if (offer.getStartsOn() != null) {
			posting.put("jobStartDate", offer.getStartsOn().toString());
		}
		return posting;
	}

}
