package io.linchpin.people.application.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.linchpin.shared.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeCacheTest {

  private final ScopeCache cache = new ScopeCache();
  private final ScopeCache.Key manager =
      new ScopeCache.Key("https://sso/realms/linchpin", "sub-1", List.of("line-manager"));

  @Test
  void aScopeIsRememberedUntilSomethingChanges() {
    cache.put(manager, Visibility.NOBODY, cache.generation());
    assertNotNull(cache.get(manager));
    cache.changed();
    assertNull(cache.get(manager), "a change forgets every scope");
  }

  @Test
  void aScopeWorkedOutWhileSomethingChangedIsNotKept() {
    long before = cache.generation();
    cache.changed(); // a change lands while the scope is being worked out
    cache.put(manager, Visibility.NOBODY, before);
    assertNull(cache.get(manager));
  }

  @Test
  void otherRolesOfTheSameAccountAreAnotherEntry() {
    cache.put(manager, Visibility.NOBODY, cache.generation());
    assertNull(
        cache.get(
            new ScopeCache.Key(
                "https://sso/realms/linchpin", "sub-1", List.of("line-manager", "hr-bp"))));
  }
}
