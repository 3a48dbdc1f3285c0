/** What the people context offers other contexts and the interfaces: services, commands, views. */
package io.linchpin.people.application;
