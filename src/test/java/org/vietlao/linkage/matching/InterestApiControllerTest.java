package org.vietlao.linkage.matching;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vietlao.linkage.platform.PlatformWebSlice;
import org.vietlao.linkage.platform.SignedIn;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EnterpriseOwnership;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/**
 * The interest API alone (an MVC slice with the platform's real security): who may call what, and which status
 * each refusal gets, without the database. Each role test fails when the handler's rule is weakened.
 */
@WebMvcTest(InterestApiController.class)
@PlatformWebSlice
class InterestApiControllerTest {

    private static final String SEND = "{\"fromEnterpriseId\": 11, \"toEnterpriseId\": 2}";

    @Autowired
    MockMvc mvc;

    @Autowired
    EnterpriseOwnership ownership;

    @MockitoBean
    ExpressionsOfInterest interests;

    @MockitoBean
    InterestViews views;

    @Test
    void aCallerWithoutTokenIsAskedToSignIn() throws Exception {
        mvc.perform(post("/api/v1/matching/interests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEND))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUT-001"));
        verifyNoInteractions(interests);
    }

    static Stream<MockHttpServletRequestBuilder> enterpriseOnly() {
        return Stream.of(
                post("/api/v1/matching/interests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEND),
                get("/api/v1/matching/interests/inbox"),
                get("/api/v1/matching/interests/outbox"),
                post("/api/v1/matching/interests/7/accept"),
                post("/api/v1/matching/interests/7/decline"));
    }

    @ParameterizedTest
    @MethodSource("enterpriseOnly")
    void staffMayNotSendReadTheBoxesOfOrAnswerInterest(MockHttpServletRequestBuilder request) throws Exception {
        for (Role role : new Role[] {Role.ANALYST, Role.MINISTRY, Role.ADMIN, Role.BORDER_OFFICER}) {
            mvc.perform(request.with(SignedIn.as(role, 2L)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("AUT-002"));
        }
        verifyNoInteractions(interests);
    }

    @Test
    void anEnterpriseUserSendsForTheEnterprisesTheirOrganisationOwns() throws Exception {
        given(ownership.enterprisesOwnedBy(5L)).willReturn(Set.of(11L));
        given(interests.send(any(Actor.class), eq(11L), eq(2L), eq(null)))
                .willThrow(new BusinessException(ErrorCode.MAT_016));

        mvc.perform(post("/api/v1/matching/interests")
                        .with(SignedIn.as(Role.ENTERPRISE, 5L))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEND))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("MAT-016"));
        verify(interests).send(argThat(actor -> actor.actsFor(11L)), eq(11L), eq(2L), eq(null));
    }

    @Test
    void sendingForAnotherOrganisationsEnterpriseIsRefusedBeforeTheMessageIsChecked() throws Exception {
        given(ownership.enterprisesOwnedBy(5L)).willReturn(Set.of(11L));
        String tooLong = "x".repeat(ExpressionsOfInterest.MAX_MESSAGE + 1);

        mvc.perform(post("/api/v1/matching/interests")
                        .with(SignedIn.as(Role.ENTERPRISE, 5L))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromEnterpriseId\": 12, \"toEnterpriseId\": 2, \"message\": \"" + tooLong + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AUT-002"));
        verifyNoInteractions(interests);
    }

    @Test
    void anInterestTheCallerMayNotSeeIsNotFound() throws Exception {
        given(interests.visible(any(Actor.class), anyLong())).willThrow(new BusinessException(ErrorCode.MAT_008, "7"));

        mvc.perform(get("/api/v1/matching/interests/7").with(SignedIn.as(Role.MINISTRY, 3L)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("MAT-008"));
    }

    @Test
    void onlyTheReceivingSideAnswers() throws Exception {
        given(interests.accept(any(Actor.class), eq(7L))).willThrow(new BusinessException(ErrorCode.MAT_005));

        mvc.perform(post("/api/v1/matching/interests/7/accept").with(SignedIn.as(Role.ENTERPRISE, 5L)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MAT-005"));
        verify(interests).accept(any(Actor.class), eq(7L));
    }
}
