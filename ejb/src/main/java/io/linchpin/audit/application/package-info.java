/** What other contexts and the interfaces use: recording, searching and verifying the log. */
package io.linchpin.audit.application;
