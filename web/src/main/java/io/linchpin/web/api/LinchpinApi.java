package io.linchpin.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the REST API. Every resource requires an authenticated user with a role. */
@ApplicationPath("/api/v1")
public class LinchpinApi extends Application {}
