package fr.peringenierie.site.admin;

import fr.peringenierie.site.web.ResourceNotFoundException;

class StaffUserNotFoundException extends ResourceNotFoundException {

	StaffUserNotFoundException() {
		super("Compte inconnu");
	}

}
