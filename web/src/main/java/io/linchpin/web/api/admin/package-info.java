/** IT administration: keys and their rotation. */
package io.linchpin.web.api.admin;
