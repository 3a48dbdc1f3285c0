/**
 * The vault: keys and encryption of sensitive data. A key-encryption key and a blind-index key live
 * in a PKCS#12 keystore on the server; every person has their own data key, stored wrapped in the
 * database. Tink's types never leave {@code vault.infrastructure}.
 */
package io.linchpin.vault;
