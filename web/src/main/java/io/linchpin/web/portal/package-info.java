/** Jakarta Faces backing beans of the portal; they talk to services and see only views. */
package io.linchpin.web.portal;
