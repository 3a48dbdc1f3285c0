package io.linchpin.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Long IN lists cut into slices: Oracle refuses more than 1,000 expressions in one list, and long
 * lists make poor plans elsewhere too.
 */
public final class InLists {

  public static final int LIMIT = 500;

  /** A range of ids at most this many times as wide as the ids asked for is read whole. */
  public static final int DENSE = 3;

  private InLists() {}

  /** The values in slices of at most {@value #LIMIT}, in order. */
  public static <V> List<List<V>> slices(Collection<V> values) {
    List<V> all = new ArrayList<>(values);
    List<List<V>> slices = new ArrayList<>();
    for (int from = 0; from < all.size(); from += LIMIT) {
      slices.add(all.subList(from, Math.min(all.size(), from + LIMIT)));
    }
    return slices;
  }

  /** Runs an IN query per slice; all results, in order. */
  public static <V, R> List<R> query(Collection<V> values, Function<List<V>, List<R>> query) {
    List<R> results = new ArrayList<>();
    for (List<V> slice : slices(values)) {
      results.addAll(query.apply(slice));
    }
    return results;
  }

  /**
   * The rows of these ids. Ids that lie close together (as the groups of a scan do) are read as one
   * range, lowest to highest, by {@code range}, and the rows of ids in the range not asked for are
   * dropped here; scattered ids go through IN lists, a slice at a time, by {@code in}. A range
   * spares the database checking every row against the list value by value, which is what H2 does.
   *
   * @param idOf the id a row belongs to
   */
  public static <R> List<R> byIds(
      Collection<Long> ids,
      Function<List<Long>, List<R>> in,
      BiFunction<Long, Long, List<R>> range,
      ToLongFunction<R> idOf) {
    if (ids.isEmpty()) {
      return List.of();
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (long id : ids) {
      first = Math.min(first, id);
      last = Math.max(last, id);
    }
    if (!isDense(first, last, ids.size())) {
      return query(ids, in);
    }
    Set<Long> wanted = ids instanceof Set<Long> set ? set : new HashSet<>(ids);
    List<R> rows = range.apply(first, last);
    if (last - first + 1 == wanted.size()) {
      return rows; // every id in the range was asked for
    }
    List<R> kept = new ArrayList<>(rows.size());
    for (R row : rows) {
      if (wanted.contains(idOf.applyAsLong(row))) {
        kept.add(row);
      }
    }
    return kept;
  }

  /** Whether {@code count} ids from {@code first} to {@code last} are read best as a range. */
  public static boolean isDense(long first, long last, int count) {
    return last - first < (long) DENSE * count;
  }
}
