package fr.peringenierie.site.web;

import java.util.Optional;

/**
 * Where an address that no longer answers has moved, if it has: asked before a visitor is
 * told a page does not exist.
 */
public interface MovedAddresses {

	Optional<String> newAddress(String path);

}
