package io.linchpin.shared;

import java.util.List;

/** One page of a larger result, with the total so a client can page through it. */
public record Page<T>(List<T> items, long total, int page, int size) {}
