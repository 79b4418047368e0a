package fr.peringenierie.site.web;

import org.springframework.data.repository.ListCrudRepository;

interface StoredImageRepository extends ListCrudRepository<StoredImage, Long> {

}
