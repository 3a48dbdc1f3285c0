package io.linchpin.bench.ping;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Deployed beside Linchpin as ping.war, only while the benchmark runs. */
@ApplicationPath("/")
public class PingApplication extends Application {}
