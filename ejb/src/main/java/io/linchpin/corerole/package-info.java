/**
 * The core-role registry: how hard each person would be to do without, on the three dimensions of
 * resource exclusivity, experience dependency and cost sensitivity, scored from rated criteria with
 * evidence under weights and a threshold HR admins set.
 */
package io.linchpin.corerole;
