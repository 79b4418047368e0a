package fr.peringenierie.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Objects of schema.org data, their keys in the order written: {@code Map.of} orders them
 * differently in each run of the JVM, which would give the same page different bytes, and
 * so different ETags, on two instances.
 */
public final class JsonLd {

	private JsonLd() {
	}

	/**
	 * An object from its keys and values, alternately.
	 */
	public static Map<String, Object> object(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Une clé sans valeur");
		}
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return object;
	}

}
