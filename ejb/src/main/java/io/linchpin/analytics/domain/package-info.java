/** How the review figures are computed: percentiles, the small-group rule, the figures. */
package io.linchpin.analytics.domain;
