package io.linchpin.screening.infrastructure;

import io.linchpin.screening.application.internal.DropIntake;
import io.linchpin.screening.domain.DropRun;
import io.linchpin.shared.ExtensionSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The file-drop source: a folder where a provider's export files are placed (moved in when
 * complete; names ending {@code .part} or {@code .tmp} and hidden files are left alone). Every
 * {@code pollSeconds} each file is read, taken in (see {@link DropIntake}) and deleted; a malformed
 * file is moved to {@code rejected/} with a report beside it that names each problem by line and
 * field. On when {@code file-drop} is named in {@code linchpin.screening.providers}; settings
 * {@code linchpin.screening.file-drop.folder} and {@code .pollSeconds} (60).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class FileDropInbox {

  public static final String ID = DropIntake.SOURCE;
  static final long MAX_BYTES = 50L * 1024 * 1024;
  private static final long SETTLE_MILLIS = 1_000;
  private static final Logger LOG = Logger.getLogger(FileDropInbox.class.getName());

  @Resource TimerService timers;
  @EJB DropIntake intake;

  private Path folder;

  @PostConstruct
  void start() {
    if (!DataProviders.enabled().contains(ID)) {
      return;
    }
    folder = folder();
    try {
      Files.createDirectories(folder.resolve("rejected"));
    } catch (IOException e) {
      throw new IllegalStateException(
          "data provider "
              + ID
              + ": the folder "
              + folder
              + " cannot be created: "
              + e.getMessage(),
          e);
    }
    long seconds = pollSeconds();
    timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(ID, false));
    LOG.info(() -> "File drop: watching " + folder + " every " + seconds + " s");
  }

  /** The inbox folder. */
  static Path folder() {
    String configured = System.getProperty(DataProviders.PREFIX + ID + ".folder");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured.strip());
    }
    return Path.of(
        System.getProperty("jboss.server.data.dir", "data"), "linchpin", "screening-inbox");
  }

  static long pollSeconds() {
    return ExtensionSettings.bounded(
        "data provider " + ID,
        DataProviders.PREFIX + ID + ".pollSeconds",
        60,
        1,
        86_400,
        "a whole number");
  }

  @Timeout
  void poll() {
    for (Path file : ready()) {
      try {
        take(file);
      } catch (RuntimeException | IOException e) {
        LOG.log(Level.WARNING, "File drop: " + file.getFileName() + " could not be taken in", e);
      }
    }
  }

  private List<Path> ready() {
    List<Path> files = new ArrayList<>();
    long settled = System.currentTimeMillis() - SETTLE_MILLIS;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p)
            && !name.startsWith(".")
            && !name.endsWith(".part")
            && !name.endsWith(".tmp")
            && Files.getLastModifiedTime(p).toMillis() < settled) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  private void take(Path file) throws IOException {
    String name = file.getFileName().toString();
    DropFileReader.Reading reading;
    if (Files.size(file) > MAX_BYTES) {
      reading =
          new DropFileReader.Reading(List.of(), List.of("the file is larger than 50 MB; split it"));
    } else {
      reading = DropFileReader.read(name, Files.readAllBytes(file));
    }
    DropRun run = intake.take(name, reading.rows(), reading.problems());
    if (run.getStatus() == DropRun.Status.REJECTED) {
      Path rejected = folder.resolve("rejected");
      Files.move(file, rejected.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(
          rejected.resolve(name + ".report.txt"),
          "Refused, nothing was kept (import " + run.getId() + "):\n" + run.getReport() + "\n",
          StandardCharsets.UTF_8);
      LOG.warning(() -> "File drop: " + name + " refused; see rejected/" + name + ".report.txt");
    } else {
      Files.delete(file);
      LOG.info(
          () ->
              "File drop: "
                  + name
                  + ": "
                  + run.getRows()
                  + " rows, "
                  + run.getKept()
                  + " new records kept, "
                  + run.getWithoutConsent()
                  + " without consent, "
                  + run.getUnknown()
                  + " unknown");
    }
  }
}
