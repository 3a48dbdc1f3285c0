/**
 * Review analytics: what the incidents were made of, why they happened, how fast they were handled
 * and what the alerts turned into, for each role's scope, so that HR can change policy. Figures
 * come from the other contexts' data through the same scoping as everywhere; small groups are not
 * shown.
 */
package io.linchpin.analytics;
