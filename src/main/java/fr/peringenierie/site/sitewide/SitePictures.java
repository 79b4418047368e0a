package fr.peringenierie.site.sitewide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.StoredImages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's own pictures (the home page's hero, the logo): read by the pages, replaced
 * or removed by staff.
 */
@Service
@Transactional
public class SitePictures {

	private final SitePictureRepository pictures;

	private final StoredImages images;

	private final AuditLog auditLog;

	SitePictures(SitePictureRepository pictures, StoredImages images, AuditLog auditLog) {
		this.pictures = pictures;
		this.images = images;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<SitePicture> all() {
		return this.pictures.findAllByOrderByPosition();
	}

	/**
	 * Every place's image by its slot; an empty {@link ImageRef} where none was uploaded.
	 */
	@Transactional(readOnly = true)
	public Map<String, ImageRef> bySlot() {
		Map<String, ImageRef> bySlot = new LinkedHashMap<>();
		all().forEach((picture) -> bySlot.put(picture.getSlot(), picture.getImage()));
		return bySlot;
	}

	/**
	 * Puts a new image in its place; the previous one is forgotten. An invalid upload
	 * changes nothing.
	 */
	public void replace(String slot, ImageProcessor.PreparedImage upload, String alt) {
		SitePicture picture = picture(slot);
		picture.setImage(this.images.replace(picture.getImage(), upload, alt));
		this.auditLog.record("Image ajoutée", "« " + picture.getLabel() + " »");
	}

	@Transactional(readOnly = true)
	public ImageRef image(String slot) {
		return picture(slot).getImage();
	}

	public void rotate(String slot, StoredImages.Rotated rotated) {
		SitePicture picture = picture(slot);
		picture.setImage(this.images.replace(picture.getImage(), rotated));
		this.auditLog.record("Image tournée", "« " + picture.getLabel() + " »");
	}

	public void focus(String slot, int x, int y) {
		SitePicture picture = picture(slot);
		picture.setImage(picture.getImage().focusedOn(x, y));
		this.auditLog.record("Point visible choisi", "« " + picture.getLabel() + " »");
	}

	public void remove(String slot) {
		SitePicture picture = picture(slot);
		ImageRef previous = picture.getImage();
		picture.setImage(ImageRef.none());
		this.images.delete(previous);
		this.auditLog.record("Image retirée", "« " + picture.getLabel() + " »");
	}

	private SitePicture picture(String slot) {
		return this.pictures.findBySlot(slot).orElseThrow(() -> new ResourceNotFoundException("Image inconnue"));
	}

}
