package io.linchpin.people.application;

import java.util.List;

/**
 * The demo logins of the shipped demo realm as known accounts, before they first sign in: the demo
 * realm gives each login a fixed subject, so the demo's cases can name their parties by account
 * like every other case.
 */
public interface DemoAccounts {

  /** The demo login with this user name, subject and roles, at the configured identity provider. */
  AccountRef account(String username, String subject, List<String> roles);
}
