package io.linchpin.analytics.domain;

/**
 * No figure is shown that is made of fewer than {@value #MIN_PEOPLE} people, so that no one can be
 * picked out of a small group, except to HR admins, who see every case anyway.
 */
public final class SmallGroups {

  public static final int MIN_PEOPLE = 5;

  private SmallGroups() {}

  /** Whether a figure about this many distinct people must be withheld from the caller. */
  public static boolean withheld(long people, boolean seesEveryone) {
    return !seesEveryone && people < MIN_PEOPLE;
  }
}
