package fr.peringenierie.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import fr.peringenierie.site.careers.ContractType;
import fr.peringenierie.site.careers.JobOffer;
import fr.peringenierie.site.careers.JobOfferEditor;
import fr.peringenierie.site.careers.JobOfferForm;
import fr.peringenierie.site.careers.JobPlace;
import fr.peringenierie.site.news.NewsCategory;
import fr.peringenierie.site.news.NewsEditor;
import fr.peringenierie.site.news.NewsForm;
import fr.peringenierie.site.news.NewsPost;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A news post and a job offer made through their editors, as staff make them: the
 * brochure has neither, and the tests that try every public page need one of each.
 */
public final class SampleContent {

	public static final String POST_SLUG = "actualite-de-test";

	public static final String OFFER_SLUG = "offre-de-test";

	private SampleContent() {
	}

	/** A one-page CV. */
	public static byte[] cv() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static NewsForm postForm(String title) {
		NewsForm form = new NewsForm();
		form.setTitle(title);
		form.setCategory(NewsCategory.DELIVERED);
		form.setSummary("Le parking Saint-Roch est livré : 600 places sous la gare de Montpellier.");
		form.setBody("<p>Un chantier mené avec <strong>nos trois départements</strong>.</p>");
		return form;
	}

	/**
	 * A post online, at {@link #POST_SLUG}.
	 */
	public static NewsPost publishedPost(NewsEditor editor) {
		NewsForm form = postForm("Actualité de test");
		form.setSlug(POST_SLUG);
		NewsPost post = editor.create(form);
		form.setPublished(true);
		form.setVersion(editor.post(post.getId()).getVersion());
		editor.update(post.getId(), form);
		return editor.post(post.getId());
	}

	public static JobOfferForm offerForm(String title, LocalDate closesOn) {
		JobOfferForm form = new JobOfferForm();
		form.setTitle(title);
		form.setPlace(JobPlace.MONTPELLIER);
		form.setContract(ContractType.PERMANENT);
		form.setClosesOn(closesOn);
		form.setDescription("<p>Projeteur en structure béton armé, sur Revit et Arche.</p>");
		return form;
	}

	/**
	 * An offer online and open until {@code closesOn}, at {@link #OFFER_SLUG}.
	 */
	public static JobOffer openOffer(JobOfferEditor editor, LocalDate closesOn) {
		JobOfferForm form = offerForm("Offre de test", closesOn);
		form.setSlug(OFFER_SLUG);
		JobOffer offer = editor.create(form);
		form.setPublished(true);
		form.setVersion(editor.offer(offer.getId()).getVersion());
		editor.update(offer.getId(), form);
		return editor.offer(offer.getId());
	}

}
