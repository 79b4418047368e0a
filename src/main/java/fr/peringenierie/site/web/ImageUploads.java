package fr.peringenierie.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An image sent from a back-office form (a department's photo, the hero, a portrait):
 * stored only with its description, and the outcome said in French on the next screen.
 */
@Component
public class ImageUploads {

	private final Messages messages;

	ImageUploads(Messages messages) {
		this.messages = messages;
	}

	/**
	 * Hands the upload and its description to {@code store}, unless the description is
	 * missing; a file that is not a usable image is refused with its reason.
	 */
	public void accept(MultipartFile file, String alt, RedirectAttributes redirect, BiConsumer<byte[], String> store) {
		if (alt == null || alt.isBlank() || alt.length() > 300) {
			redirect.addFlashAttribute("failure", this.messages.get("image.alt-missing"));
			return;
		}
		try {
			store.accept((file != null) ? file.getBytes() : null, alt);
			redirect.addFlashAttribute("success", this.messages.get("image.saved"));
		}
		catch (ImageProcessor.InvalidImageException ex) {
			redirect.addFlashAttribute("failure", this.messages.get("image.refused", ex.getMessage()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void removed(RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", this.messages.get("image.removed"));
	}

}
