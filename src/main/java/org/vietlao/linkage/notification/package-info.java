/**
 * The inbox: in-platform notifications (and e-mail when a mail server is configured) raised by other modules'
 * events, read in the reader's language, with unread counts. It listens to the events of the modules it
 * names below and to {@link org.vietlao.linkage.shared.NoticeRaised}, which any later module (expo, casework)
 * publishes to reach the inbox without this module knowing it; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "enterprise", "matching", "pilot"})
package org.vietlao.linkage.notification;
