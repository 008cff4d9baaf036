package org.vietlao.linkage.expo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * The Expo started alone with what it declares it uses (shared, enterprise, matching, reference, pilot; decision 0017
 * section 5): two enterprises of the two countries register, one requests a meeting, an organiser accepts it on the
 * other's behalf, "schedule all" gives it a slot and a table, and both agendas (and the .ics file) say the same.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class ExpoModuleTest {

    /** Implemented by the platform, which this test does not start; the registry's import pages ask for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    /** Implemented by the platform; the pilot module (proposals from agreements, decision 0044) names people. */
    @MockitoBean
    UserDirectory users;

    static final Actor ORGANISER = Actor.onBehalfOf("analyst", Role.ANALYST);

    @Autowired
    EnterpriseFixtures fixtures;

    @Autowired
    Events events;

    @Autowired
    Participants participants;

    @Autowired
    Meetings meetings;

    @Autowired
    EventSchedule schedule;

    @Autowired
    ExpoPageController pages;

    @Test
    void anAcceptedMeetingGetsTheSameSlotAndTableOnBothAgendas() {
        long lao = fixtures.lao("LA-CH").needs("970191", 10, "pcs").create();
        long vietnamese = fixtures.vietnamese("40").offers("970191", 10, "pcs").create();
        LocalDate day = LocalDate.now().plusDays(90);
        Events.Event event = events.create(
                new Events.NewEvent(
                        new Events.Names("Module Expo", "Hội chợ mô-đun", "ງານໂມດູນ"),
                        "Vientiane",
                        "LA-VT",
                        "LA",
                        day,
                        day,
                        30,
                        2,
                        5,
                        5,
                        24,
                        List.of(new Events.HallInput("Hall A", 10)),
                        List.of(new Events.MeetingDay(day, List.of(new Events.Block(LocalTime.of(9, 0), 4))))),
                "analyst");
        participants.register(event.id(), lao, "la-enterprise");
        participants.register(event.id(), vietnamese, "vn-enterprise");

        Meetings.Meeting requested = meetings.request(event.id(), lao, vietnamese, "ສະບາຍດີ", "la-enterprise");
        meetings.answer(requested.id(), true, null, ORGANISER, List.of());
        EventSchedule.Run run = schedule.scheduleAll(event.id(), "analyst");

        assertThat(run.scheduled()).isEqualTo(1);
        assertThat(run.optimal()).isTrue();
        Locale english = Locale.ENGLISH;
        ExpoPageController.Agenda laoAgenda = pages.agenda(ORGANISER, event.id(), lao, english);
        ExpoPageController.Agenda vietnameseAgenda = pages.agenda(ORGANISER, event.id(), vietnamese, english);
        assertThat(laoAgenda.lines()).hasSize(1);
        assertThat(laoAgenda.lines().get(0).slot())
                .isEqualTo(vietnameseAgenda.lines().get(0).slot());
        assertThat(laoAgenda.lines().get(0).table())
                .isEqualTo(vietnameseAgenda.lines().get(0).table())
                .isBetween(1, 2);
        assertThat(meetings.find(requested.id()).slot())
                .isEqualTo(laoAgenda.lines().get(0).slot().number());
    }
}
