package fr.peringenierie.site.department;

import fr.peringenierie.site.web.ResourceNotFoundException;

class DepartmentNotFoundException extends ResourceNotFoundException {

	DepartmentNotFoundException(String slug) {
		super("Département inconnu : " + slug);
	}

}
