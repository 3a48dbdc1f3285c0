/**
 * Screening: the consent ledger and checks against external sources. No external check runs without
 * the person's valid consent for that category of data and that purpose (China's PIPL: separate,
 * purpose-bound consent for sensitive personal information); what a check brings back is sealed
 * with the person's key, linked to the consent that allowed it, and kept only as long as its
 * category's retention.
 */
package io.linchpin.screening;
