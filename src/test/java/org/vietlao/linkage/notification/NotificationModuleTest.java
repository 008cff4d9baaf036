package org.vietlao.linkage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.NoticeRaised;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * The inbox started alone with the modules whose events it hears (enterprise, matching, pilot; reference comes
 * along as their dependency). The platform, which owns the accounts, is not started: who the users are comes
 * through {@link UserDirectory}, mocked here. A notice any module raises lands in the reader's inbox, in the
 * reader's language.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"reference"})
@ActiveProfiles("test")
class NotificationModuleTest {

    /** Implemented by the platform, which this test does not start; the registry's import pages ask for it. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    @MockitoBean
    UserDirectory users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Inbox inbox;

    @Test
    void aNoticeAnyModuleRaisesReachesTheReadersInboxInTheirLanguage() {
        String reader = "module-test-" + System.nanoTime();
        given(users.withUsernames(anyCollection()))
                .willReturn(List.of(new UserDirectory.User(reader, "Module Test", "lo", null)));
        given(users.ofOrganisation(anyLong())).willReturn(List.of());
        Actor actor = Actor.onBehalfOf(reader, Role.ANALYST);
        long before = inbox.unread(actor);

        events.publishEvent(new NoticeRaised(
                Set.of(reader),
                Set.of(),
                "evaluation-closed",
                Label.of("notification.evaluationClosed", Map.of("en", "Cassava", "lo", "ມັນຕົ້ນ")),
                "/pilot"));

        assertThat(inbox.unread(actor)).isEqualTo(before + 1);
        Inbox.Page page = inbox.page(actor, 0, 5, Locale.forLanguageTag("lo"));
        assertThat(page.items().get(0).text()).contains("ມັນຕົ້ນ");
        assertThat(page.items().get(0).link()).isEqualTo("/pilot");
    }
}
