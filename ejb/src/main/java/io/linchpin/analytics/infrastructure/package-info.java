/** Review exports as spreadsheets. */
package io.linchpin.analytics.infrastructure;
