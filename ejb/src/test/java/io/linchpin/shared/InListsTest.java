package io.linchpin.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Rows by ids: a range when the ids lie close together, IN lists when they are scattered. */
class InListsTest {

  /** Rows of a table holding one row per id from 1 to 10,000, as queries would answer them. */
  private final List<String> asked = new ArrayList<>();

  private List<Long> in(List<Long> slice) {
    asked.add("in " + slice.size());
    return List.copyOf(slice);
  }

  private List<Long> range(long first, long last) {
    asked.add("range " + first + ".." + last);
    return LongStream.rangeClosed(first, last).boxed().toList();
  }

  private List<Long> byIds(List<Long> ids) {
    return InLists.byIds(ids, this::in, this::range, Long::longValue);
  }

  @Test
  void readsCloseIdsAsOneRangeAndDropsTheOthersInIt() {
    List<Long> ids = List.of(100L, 102L, 104L, 110L);
    assertEquals(List.of(100L, 102L, 104L, 110L), byIds(ids));
    assertEquals(List.of("range 100..110"), asked);
  }

  @Test
  void readsAWholeRunOfIdsAsItIs() {
    List<Long> ids = LongStream.rangeClosed(1, 500).boxed().toList();
    assertEquals(ids, byIds(ids));
    assertEquals(List.of("range 1..500"), asked);
  }

  @Test
  void readsScatteredIdsThroughInListsOfAtMostTheLimit() {
    List<Long> ids = LongStream.range(0, 1_200).map(i -> i * 10).boxed().toList();
    assertEquals(ids, byIds(ids));
    assertEquals(List.of("in 500", "in 500", "in 200"), asked);
  }

  @Test
  void theRangeIsUsedUpToThreeTimesTheIdsAskedFor() {
    assertTrue(InLists.isDense(1, 300, 100)); // 300 ids wide for 100: a range
    assertTrue(!InLists.isDense(1, 301, 100)); // wider: IN lists
  }

  @Test
  void noIdsNoQuery() {
    assertEquals(List.of(), byIds(List.of()));
    assertEquals(List.of(), asked);
  }
}
