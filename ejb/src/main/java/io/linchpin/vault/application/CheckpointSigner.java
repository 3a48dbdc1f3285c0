package io.linchpin.vault.application;

/**
 * Keyed checksums (HMAC-SHA256 with a key from the keystore) for checkpoints that someone with
 * write access to the database must not be able to forge, such as the head of the audit log.
 */
public interface CheckpointSigner {

  String sign(String data);

  boolean verify(String data, String signature);
}
