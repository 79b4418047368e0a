package fr.peringenierie.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An image sent from a back-office form (a department's photo, the hero, a portrait):
 * prepared before any transaction, stored only with its description, and the outcome said
 * in French on the next screen. Turning it and choosing its focal point go the same way.
 */
@Component
public class ImageUploads {

	private final Messages messages;

	private final StoredImages images;

	ImageUploads(Messages messages, StoredImages images) {
		this.messages = messages;
		this.images = images;
	}

	/**
	 * Hands the prepared upload and its description to {@code store}, unless the
	 * description is missing; a file that is not a usable image is refused with its
	 * reason.
	 */
	public void accept(MultipartFile file, String alt, RedirectAttributes redirect,
			BiConsumer<ImageProcessor.PreparedImage, String> store) {
		if (alt == null || alt.isBlank() || alt.length() > 300) {
			redirect.addFlashAttribute("failure", this.messages.get("image.alt-missing"));
			return;
		}
		try {
			store.accept(this.images.prepare((file != null) ? file.getBytes() : null), alt.strip());
			redirect.addFlashAttribute("success", this.messages.get("image.saved"));
		}
		catch (ImageProcessor.InvalidImageException ex) {
			redirect.addFlashAttribute("failure", this.messages.get("image.refused", ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Turns the picture shown by {@code current} a quarter turn clockwise (or back, for a
	 * negative number) and hands the result to {@code replace}.
	 */
	public void rotate(ImageRef current, int quarterTurns, RedirectAttributes redirect,
			Consumer<StoredImages.Rotated> replace) {
		if (current == null || !current.isPresent()) {
			redirect.addFlashAttribute("failure", this.messages.get("image.none"));
			return;
		}
		replace.accept(this.images.rotated(current, quarterTurns));
		redirect.addFlashAttribute("success", this.messages.get("image.rotated"));
	}

	public void focused(RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", this.messages.get("image.focused"));
	}

	public void removed(RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", this.messages.get("image.removed"));
	}

}
