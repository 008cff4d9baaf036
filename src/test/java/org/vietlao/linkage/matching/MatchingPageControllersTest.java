package org.vietlao.linkage.matching;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.vietlao.linkage.platform.PlatformWebSlice;
import org.vietlao.linkage.platform.SignedIn;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EnterpriseOwnership;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/**
 * The interest pages alone (an MVC slice with the platform's real security and CSRF): only enterprise users
 * send and answer interest, a form without its CSRF token is refused, and a refusal to act is the 403 page
 * rather than a notice on the next page (decision 0009).
 */
@WebMvcTest(InterestPageController.class)
@PlatformWebSlice
class MatchingPageControllersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseOwnership ownership;

    @MockitoBean
    ExpressionsOfInterest interests;

    @MockitoBean
    InterestViews views;

    @MockitoBean
    ProvinceNames provinceNames;

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/matching/interests"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        verifyNoInteractions(interests);
    }

    @Test
    void staffMayNotSendInterestFromThePage() throws Exception {
        for (Role role : new Role[] {Role.ANALYST, Role.MINISTRY, Role.ADMIN}) {
            mvc.perform(post("/matching/interests")
                            .with(SignedIn.as(role, 2L))
                            .with(csrf())
                            .param("fromEnterpriseId", "11")
                            .param("toEnterpriseId", "2"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/matching/interests/7/accept")
                            .with(SignedIn.as(role, 2L))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(interests);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/matching/interests")
                        .with(SignedIn.as(Role.ENTERPRISE, 5L))
                        .param("fromEnterpriseId", "11")
                        .param("toEnterpriseId", "2"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(interests);
    }

    @Test
    void anEnterpriseUserSendsAndReturnsToTheFilteredMatches() throws Exception {
        given(ownership.enterprisesOwnedBy(5L)).willReturn(Set.of(11L));
        Instant now = Instant.parse("2026-12-07T00:00:00Z");
        given(interests.send(any(Actor.class), eq(11L), eq(2L), eq(null)))
                .willReturn(
                        new Interest(1, 11, 2, null, Interest.Status.OPEN, "u", now, now.plusSeconds(60), null, null));
        given(views.ref(eq(2L), any())).willReturn(new EnterpriseRef(2, "Partner", "Partner", "LA", "LA-VT"));

        mvc.perform(post("/matching/interests")
                        .with(SignedIn.as(Role.ENTERPRISE, 5L))
                        .with(csrf())
                        .param("fromEnterpriseId", "11")
                        .param("toEnterpriseId", "2")
                        .param("province", "VN-NA"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/matching?enterprise=11&province=VN-NA"));
        verify(interests).send(any(Actor.class), eq(11L), eq(2L), eq(null));
    }

    @Test
    void answeringAnInterestOfAnotherEnterpriseIsTheForbiddenPage() throws Exception {
        given(interests.accept(any(Actor.class), eq(7L))).willThrow(new BusinessException(ErrorCode.MAT_005));

        mvc.perform(post("/matching/interests/7/accept")
                        .with(SignedIn.as(Role.ENTERPRISE, 5L))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExpiredInterestIsANoticeOnTheInterestsPage() throws Exception {
        given(interests.decline(any(Actor.class), eq(7L))).willThrow(new BusinessException(ErrorCode.MAT_006, "7"));

        mvc.perform(post("/matching/interests/7/decline")
                        .with(SignedIn.as(Role.ENTERPRISE, 5L))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/matching/interests"))
                .andExpect(flash().attributeExists("problem"));
    }
}
