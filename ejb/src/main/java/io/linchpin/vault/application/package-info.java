/** What other contexts use of the vault. */
package io.linchpin.vault.application;
