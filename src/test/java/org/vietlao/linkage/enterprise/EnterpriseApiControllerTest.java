package org.vietlao.linkage.enterprise;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.vietlao.linkage.platform.PlatformWebSlice;
import org.vietlao.linkage.platform.SignedIn;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;

/**
 * The registry's API alone (an MVC slice with the platform's real security): who may verify, remove, import and
 * list their own enterprises, and the status of each refusal, without the database. Each role test fails when
 * the handler's rule is weakened: the registry (a mock here) would be asked.
 */
@WebMvcTest(EnterpriseApiController.class)
@PlatformWebSlice
class EnterpriseApiControllerTest {

    private static final String VERIFIED = "{\"status\": \"VERIFIED\"}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EnterpriseRegistry registry;

    @MockitoBean
    Enterprises enterprises;

    @MockitoBean
    RegistryExports exports;

    @MockitoBean
    PageLabels labels;

    @MockitoBean
    IdempotentRequests idempotentRequests;

    @Test
    void aCallerWithoutTokenIsAskedToSignIn() throws Exception {
        mvc.perform(get("/api/v1/enterprises/7"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUT-001"));
        verifyNoInteractions(registry);
    }

    @Test
    void onlyAnalystsVerify() throws Exception {
        for (Role role : new Role[] {Role.ENTERPRISE, Role.MINISTRY, Role.ADMIN, Role.BORDER_OFFICER}) {
            mvc.perform(post("/api/v1/enterprises/7/verification")
                            .with(SignedIn.as(role, 5L))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(VERIFIED))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("AUT-002"));
        }
        verifyNoInteractions(registry);

        given(registry.find(7L)).willThrow(new BusinessException(ErrorCode.ENT_011, "7"));
        mvc.perform(post("/api/v1/enterprises/7/verification")
                        .with(SignedIn.as(Role.ANALYST, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VERIFIED))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ENT-011"));
        verify(registry).find(7L);
    }

    @Test
    void onlyOwnersAndAnalystsRemove() throws Exception {
        for (Role role : new Role[] {Role.MINISTRY, Role.ADMIN, Role.BORDER_OFFICER}) {
            mvc.perform(delete("/api/v1/enterprises/7").with(SignedIn.as(role, 5L)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("AUT-002"));
        }
        verifyNoInteractions(registry);

        mvc.perform(delete("/api/v1/enterprises/7").with(SignedIn.as(Role.ANALYST, null)))
                .andExpect(status().isNoContent());
        verify(registry).remove(eq(7L), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void onlyAnalystsImportOrFetchTheTemplate() throws Exception {
        for (Role role : new Role[] {Role.ENTERPRISE, Role.MINISTRY, Role.ADMIN}) {
            mvc.perform(get("/api/v1/enterprises/import/template").with(SignedIn.as(role, 5L)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("AUT-002"));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                    "/api/v1/enterprises/import")
                            .file("file", "a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .with(SignedIn.as(role, 5L)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("AUT-002"));
        }
        verifyNoInteractions(exports, idempotentRequests, registry);
    }

    @Test
    void onlyEnterpriseUsersListTheirOwn() throws Exception {
        mvc.perform(get("/api/v1/enterprises/mine").with(SignedIn.as(Role.ANALYST, null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AUT-002"));
        mvc.perform(get("/api/v1/enterprises/mine").with(SignedIn.as(Role.ENTERPRISE, 5L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        verifyNoInteractions(registry);
    }
}
