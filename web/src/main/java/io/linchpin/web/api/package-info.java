/** The REST API under {@code /api/v1}: resources per context, one error mapping for all. */
package io.linchpin.web.api;
