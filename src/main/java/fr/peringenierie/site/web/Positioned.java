package fr.peringenierie.site.web;

import java.util.List;

/**
 * Content that staff put in order. Positions are spaced by ten so that the order stays
 * readable in the database.
 */
public interface Positioned {

	int getPosition();

	void setPosition(int position);

	/**
	 * Moves an item one place up ({@code -1}) or down ({@code +1}) among its ordered
	 * siblings, renumbering them all.
	 * @return whether the item moved (it cannot pass the first or last place)
	 */
	static <T extends Positioned> boolean move(List<T> ordered, T item, int direction) {
		int index = ordered.indexOf(item);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= ordered.size()) {
			return false;
		}
		T other = ordered.get(target);
		ordered.set(target, item);
		ordered.set(index, other);
		renumber(ordered);
		return true;
	}

	static void renumber(List<? extends Positioned> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setPosition((i + 1) * 10);
		}
	}

	/**
	 * The position after the last of the given items.
	 */
	static int next(List<? extends Positioned> ordered) {
		return ordered.stream().mapToInt(Positioned::getPosition).max().orElse(0) + 10;
	}

}
