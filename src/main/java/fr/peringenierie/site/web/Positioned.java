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
	 * Moves an item that many places up (negative offset) or down (positive) among its
	 * ordered siblings, in one step, stopping at the first or last place; the siblings
	 * are renumbered.
	 * @return whether the item moved
	 */
	static <T extends Positioned> boolean move(List<T> ordered, T item, int offset) {
		int index = ordered.indexOf(item);
		if (index < 0) {
			return false;
		}
		int target = Math.max(0, Math.min(ordered.size() - 1, index + offset));
		if (target == index) {
			return false;
		}
		ordered.remove(index);
		ordered.add(target, item);
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
