package io.linchpin.bench;

import com.google.crypto.tink.Aead;
import io.linchpin.vault.infrastructure.Sealing;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sealing with the vault's Tink AEAD (AES-256-GCM, key id prefix, associated data) against raw JCE
 * AES-256-GCM with a fresh random IV and the same associated data: the raw limit.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AeadBenchmark {

  @Param({"64", "1024", "16384"})
  int size;

  private byte[] plaintext;
  private byte[] aad;
  private Aead tink;
  private Cipher cipher;
  private SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  private final byte[] iv = new byte[12];

  @Setup
  public void setUp() throws Exception {
    plaintext = new byte[size];
    random.nextBytes(plaintext);
    aad = Sealing.place("employee", "national_id", "E0000001");
    tink = Sealing.aead(Sealing.newDataKey());
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    key = new SecretKeySpec(raw, "AES");
    cipher = Cipher.getInstance("AES/GCM/NoPadding");
  }

  @Benchmark
  public byte[] tinkAead() throws Exception {
    return tink.encrypt(plaintext, aad);
  }

  @Benchmark
  public byte[] rawJceAesGcm() throws Exception {
    random.nextBytes(iv);
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    cipher.updateAAD(aad);
    return cipher.doFinal(plaintext);
  }
}
