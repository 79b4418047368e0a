package fr.peringenierie.site.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PositionedTests {

	@Test
	void movingUpSwapsWithThePreviousItemAndRenumbers() {
		Item a = new Item("a", 10);
		Item b = new Item("b", 20);
		Item c = new Item("c", 35);
		List<Item> items = new ArrayList<>(List.of(a, b, c));
		assertThat(Positioned.move(items, c, -1)).isTrue();
		assertThat(items).containsExactly(a, c, b);
		assertThat(a.position).isEqualTo(10);
		assertThat(c.position).isEqualTo(20);
		assertThat(b.position).isEqualTo(30);
	}

	@Test
	void itemsCannotLeaveTheList() {
		Item a = new Item("a", 10);
		Item b = new Item("b", 20);
		List<Item> items = new ArrayList<>(List.of(a, b));
		assertThat(Positioned.move(items, a, -1)).isFalse();
		assertThat(Positioned.move(items, b, 1)).isFalse();
		assertThat(items).containsExactly(a, b);
	}

	@Test
	void theTenthItemGoesToTheTopInOneStep() {
		List<Item> items = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			items.add(new Item("p" + i, i * 10));
		}
		Item tenth = items.get(9);
		assertThat(Positioned.move(items, tenth, -9)).isTrue();
		assertThat(items.get(0)).isSameAs(tenth);
		assertThat(items.get(1).name).isEqualTo("p1");
		assertThat(items.get(9).name).isEqualTo("p9");
		assertThat(tenth.position).isEqualTo(10);
		assertThat(items.get(9).position).isEqualTo(100);
	}

	@Test
	void aPositionBeyondTheListStopsAtItsEnd() {
		List<Item> items = new ArrayList<>(List.of(new Item("a", 10), new Item("b", 20), new Item("c", 30)));
		Item a = items.get(0);
		assertThat(Positioned.move(items, a, 40)).isTrue();
		assertThat(items.get(2)).isSameAs(a);
		assertThat(Positioned.move(items, a, 5)).isFalse();
	}

	@Test
	void nextPositionFollowsTheLast() {
		assertThat(Positioned.next(List.of(new Item("a", 10), new Item("b", 70)))).isEqualTo(80);
		assertThat(Positioned.next(List.of())).isEqualTo(10);
	}

	static final class Item implements Positioned {

		final String name;

		int position;

		Item(String name, int position) {
			this.name = name;
			this.position = position;
		}

		@Override
		public int getPosition() {
			return this.position;
		}

		@Override
		public void setPosition(int position) {
			this.position = position;
		}

	}

}
