package fr.peringenierie.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org objects a page carries in its JSON-LD scripts.
 */
public final class StructuredData {

	private static final Pattern SCRIPT = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StructuredData() {
	}

	public static List<JsonNode> of(String html) {
		List<JsonNode> objects = new ArrayList<>();
		Matcher matcher = SCRIPT.matcher(html);
		while (matcher.find()) {
			JsonNode node = JSON.readTree(matcher.group(1));
			if (node.isArray()) {
				node.forEach(objects::add);
			}
			else {
				objects.add(node);
			}
		}
		return objects;
	}

	public static Optional<JsonNode> find(String html, String type) {
		return of(html).stream().filter((node) -> type.equals(node.path("@type").asString())).findFirst();
	}

}
