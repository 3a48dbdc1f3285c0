/** What the rest of Linchpin sees of the core-role registry: {@code CoreRoleService} and views. */
package io.linchpin.corerole.application;
