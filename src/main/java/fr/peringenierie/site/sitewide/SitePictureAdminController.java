package fr.peringenierie.site.sitewide;

import fr.peringenierie.site.web.ImageUploads;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SitePictureAdminController {

	private final SitePictures pictures;

	private final ImageUploads uploads;

	SitePictureAdminController(SitePictures pictures, ImageUploads uploads) {
		this.pictures = pictures;
		this.uploads = uploads;
	}

	@GetMapping("/admin/images")
	String list(Model model) {
		model.addAttribute("pictures", this.pictures.all());
		return "admin/sitewide/pictures";
	}

	@PostMapping("/admin/images/{slot}")
	String replace(@PathVariable String slot, @RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(name = "alt", defaultValue = "") String alt, RedirectAttributes redirect) {
		this.uploads.accept(image, alt, redirect, (prepared, text) -> this.pictures.replace(slot, prepared, text));
		return "redirect:/admin/images";
	}

	@PostMapping("/admin/images/{slot}/pivoter")
	String rotate(@PathVariable String slot, @RequestParam(name = "sens", defaultValue = "1") int turns,
			RedirectAttributes redirect) {
		this.uploads.rotate(this.pictures.image(slot), turns, redirect,
				(rotated) -> this.pictures.rotate(slot, rotated));
		return "redirect:/admin/images";
	}

	@PostMapping("/admin/images/{slot}/point")
	String focus(@PathVariable String slot, @RequestParam(name = "x", defaultValue = "50") int x,
			@RequestParam(name = "y", defaultValue = "50") int y, RedirectAttributes redirect) {
		this.pictures.focus(slot, x, y);
		this.uploads.focused(redirect);
		return "redirect:/admin/images";
	}

	@PostMapping("/admin/images/{slot}/supprimer")
	String remove(@PathVariable String slot, RedirectAttributes redirect) {
		this.pictures.remove(slot);
		this.uploads.removed(redirect);
		return "redirect:/admin/images";
	}

}
