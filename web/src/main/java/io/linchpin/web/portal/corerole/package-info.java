/** The core-role registry in the portal: the list, the heat map, assessing, the scoring model. */
package io.linchpin.web.portal.corerole;
