package io.linchpin.vault.application;

/**
 * Signatures with a private key that only the server holds, verifiable by anyone with the public
 * key: for checkpoints that leave the server (the audit log's head handed to an auditor), so that
 * whoever checks one later needs no secret, and no one who can read the database or the HMAC key
 * can make a checkpoint that verifies.
 */
public interface PublicCheckpointSigner {

  /** The Ed25519 signature of the UTF-8 bytes of {@code data}, Base64. */
  String sign(String data);

  /** The public key as PEM (SubjectPublicKeyInfo), for {@code openssl} or any Ed25519 verifier. */
  String publicKeyPem();
}
