package org.vietlao.linkage.matching;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;

/**
 * What the matching API tests share: the whole application on its port (the one test context), a client that
 * signs in the demo accounts, and enterprises registered through the registry's service.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MatchingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseFixtures fixtures;

    ApiClient client;

    @BeforeAll
    void connect() {
        client = new ApiClient(port);
    }
}
