package io.linchpin.vault.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * {@code bin/linchpin keys init|check}: creates the keystore, or checks that the server will be
 * able to open it. Exit codes: 0 fine, 2 usage, 6 keystore problem.
 */
public final class KeyStoreTool {

  private KeyStoreTool() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      usage();
    }
    Path keystore = null;
    Path passwordFile = null;
    boolean ifMissing = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--keystore" -> keystore = Paths.get(args[++i]);
        case "--password-file" -> passwordFile = Paths.get(args[++i]);
        case "--if-missing" -> ifMissing = true;
        default -> usage();
      }
    }
    if (keystore == null || passwordFile == null) {
      usage();
    }
    try {
      switch (args[0]) {
        case "init" -> {
          if (ifMissing && Files.exists(keystore)) {
            KeyStoreFiles.Keys keys = KeyStoreFiles.load(keystore, passwordFile);
            if (Ed25519CheckpointSigner.createIfMissing(keystore, keys.audit().getEncoded())) {
              System.out.println("Created the audit signing key beside " + keystore);
            }
            return;
          }
          KeyStoreFiles.create(keystore, passwordFile);
          Ed25519CheckpointSigner.createIfMissing(
              keystore, KeyStoreFiles.load(keystore, passwordFile).audit().getEncoded());
          System.out.println("Created the keystore " + keystore + " and the audit signing key");
          System.out.println(
              "Its password is in " + passwordFile + " (readable by this account only).");
          System.out.println(
              "Back both up apart from the data backups: without them the data cannot be read.");
        }
        case "check" -> KeyStoreFiles.load(keystore, passwordFile);
        case "rotate" -> {
          String id = KeyStoreFiles.rotate(keystore, passwordFile);
          System.out.println("Added the key-encryption key " + id + "; it is now the active one.");
          System.out.println(
              "A running server picks it up within a minute and re-wraps every data key with it"
                  + " in the background.");
        }
        default -> usage();
      }
    } catch (KeyStoreFiles.KeyStoreProblem | IOException e) {
      System.err.println("linchpin keys: " + e.getMessage());
      System.exit(6);
    }
  }

  private static void usage() {
    System.err.println(
        "usage: keys init|check|rotate --keystore <file> --password-file <file> [--if-missing]");
    System.exit(2);
  }
}
