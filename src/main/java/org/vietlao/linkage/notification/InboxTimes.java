package org.vietlao.linkage.notification;

import java.time.ZoneId;

/** Times in the inbox are shown in the two countries' time (UTC+7), with the zone named. */
final class InboxTimes {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private InboxTimes() {}
}
