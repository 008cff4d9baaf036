package org.vietlao.linkage.pilot;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.vietlao.linkage.platform.PlatformWebSlice;
import org.vietlao.linkage.platform.SignedIn;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/**
 * The pilot's evaluation API and pages alone (an MVC slice with the platform's real security): only analysts
 * open evaluations, a caller who may not shape an evaluation is refused before what they sent is validated
 * (decision 0009), closing goes to the judging service, and the MCDA calculator needs a signed-in caller.
 */
@WebMvcTest({
    EvaluationApiController.class,
    JudgementApiController.class,
    EvaluationPageController.class,
    JudgementPageController.class,
    McdaApiController.class
})
@PlatformWebSlice
class PilotControllersTest {

    private static final String NEW_EVALUATION =
            "{\"title\": {\"en\": \"Pilot\", \"vi\": \"Thí điểm\", \"lo\": \"ທົດລອງ\"}}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PilotEvaluations pilot;

    @MockitoBean
    Judging judging;

    @MockitoBean
    ResultExports exports;

    @MockitoBean
    ResultLabels labels;

    @Test
    void theApiAsksACallerWithoutTokenToSignIn() throws Exception {
        mvc.perform(get("/api/v1/pilot/evaluations"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUT-001"));
        mvc.perform(post("/api/v1/mcda/ahp")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUT-001"));
        verifyNoInteractions(pilot, judging);
    }

    @Test
    void onlyAnalystsOpenAnEvaluationOverTheApi() throws Exception {
        for (Role role : new Role[] {Role.ENTERPRISE, Role.MINISTRY, Role.ADMIN, Role.BORDER_OFFICER}) {
            mvc.perform(post("/api/v1/pilot/evaluations")
                            .with(SignedIn.as(role, 2L))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(NEW_EVALUATION))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("AUT-002"));
        }
        verifyNoInteractions(pilot);

        given(pilot.create(any(Actor.class), any(Names.class), any(), any(), any()))
                .willThrow(BusinessException.onField(ErrorCode.PIL_025, "method", "method"));
        mvc.perform(post("/api/v1/pilot/evaluations")
                        .with(SignedIn.as("analyst", Role.ANALYST, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_EVALUATION))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("PIL-025"));
        verify(pilot).create(any(Actor.class), any(Names.class), any(), any(), any());
    }

    @Test
    void aCallerWhoMayNotShapeTheEvaluationIsRefusedBeforeTheBodyIsValidated() throws Exception {
        willThrow(new BusinessException(ErrorCode.PIL_016)).given(pilot).requireMayShape(eq(7L), any(Actor.class));
        String tooLong = "x".repeat(PilotEvaluations.MAX_DESCRIPTION + 1);

        mvc.perform(put("/api/v1/pilot/evaluations/7")
                        .with(SignedIn.as("someone-else", Role.ANALYST, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"" + tooLong + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("PIL-016"));
    }

    @Test
    void closingIsTheJudgingServicesDecision() throws Exception {
        given(judging.close(eq(7L), any(Actor.class))).willThrow(new BusinessException(ErrorCode.PIL_018, "bob"));

        mvc.perform(post("/api/v1/pilot/evaluations/7/close").with(SignedIn.as("analyst", Role.ANALYST, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PIL-018"));
        verify(judging).close(eq(7L), any(Actor.class));
    }

    @Test
    void onlyAnalystsOpenAnEvaluationFromThePage() throws Exception {
        for (Role role : new Role[] {Role.ENTERPRISE, Role.MINISTRY, Role.ADMIN}) {
            mvc.perform(post("/pilot/evaluations")
                            .with(SignedIn.as(role, 2L))
                            .with(csrf())
                            .param("titleEn", "Pilot")
                            .param("titleVi", "Thí điểm")
                            .param("titleLo", "ທົດລອງ"))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(pilot);

        given(pilot.create(any(Actor.class), any(Names.class), any(), any(), any()))
                .willReturn(7L);
        mvc.perform(post("/pilot/evaluations")
                        .with(SignedIn.as("analyst", Role.ANALYST, null))
                        .with(csrf())
                        .param("titleEn", "Pilot")
                        .param("titleVi", "Thí điểm")
                        .param("titleLo", "ທົດລອງ"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/pilot/evaluations/7"));
    }

    @Test
    void thePagesSendASignedOutVisitorToSignInAndRefuseAFormWithoutCsrf() throws Exception {
        mvc.perform(get("/pilot")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/pilot/evaluations/7/close").with(SignedIn.as("analyst", Role.ANALYST, null)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(pilot, judging);
    }

    @Test
    void theOwnerClosesFromThePageAndSeesTheResult() throws Exception {
        mvc.perform(post("/pilot/evaluations/7/close")
                        .with(SignedIn.as("analyst", Role.ANALYST, null))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/pilot/evaluations/7/result"));
        verify(judging).close(eq(7L), any(Actor.class));
    }

    @Test
    void aNumberThatIsNotAWeightIsLeftToTheServiceAfterTheAccessCheck() throws Exception {
        willThrow(new BusinessException(ErrorCode.PIL_016))
                .given(pilot)
                .invite(eq(7L), any(Actor.class), anyString(), any());

        mvc.perform(post("/pilot/evaluations/7/evaluators")
                        .with(SignedIn.as("someone-else", Role.ANALYST, null))
                        .with(csrf())
                        .param("username", "bob")
                        .param("weight", "heavy"))
                .andExpect(status().isForbidden());
    }
}
