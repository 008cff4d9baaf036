package org.vietlao.linkage.matching;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * What the matching API tests share: the whole application on its port (the one test context), a client that
 * signs in the demo accounts, and enterprise fixtures written into the registry.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MatchingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    ApiClient client;
    EnterpriseFixtures fixtures;

    @BeforeAll
    void connect() {
        client = new ApiClient(port);
        fixtures = new EnterpriseFixtures(jdbc, events);
    }
}
