package io.linchpin.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Long IN lists cut into slices: Oracle refuses more than 1,000 expressions in one list, and long
 * lists make poor plans elsewhere too.
 */
public final class InLists {

  public static final int LIMIT = 500;

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
}
