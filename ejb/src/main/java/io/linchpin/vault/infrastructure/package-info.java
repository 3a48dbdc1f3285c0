/** Keystore, per-person keysets and the Tink-based field sealer. */
package io.linchpin.vault.infrastructure;
