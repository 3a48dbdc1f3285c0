/** The core-role registry's API: assessments, the scoring model, the registry and its heat map. */
package io.linchpin.web.api.corerole;
