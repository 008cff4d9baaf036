package org.vietlao.linkage.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vietlao.linkage.IntegrationTest;

/**
 * What another instance writes reaches this instance's index within seconds, not at the next poll (30 s): the
 * "other instance" here writes the registry and the change log directly in SQL, as its own JVM would, and
 * publishes no event in this one.
 */
@IntegrationTest
class MatchingIndexAcrossInstancesTest extends MatchingApiTest {

    static final Duration WITHIN = Duration.ofSeconds(3);

    @Autowired
    MatchingIndex index;

    @Autowired
    MatchingIndexNotifications notifications;

    @Test
    void anEnterpriseRegisteredOnAnotherInstanceIsInTheIndexWithinSeconds() {
        index.state();
        assertThat(await(notifications::listening)).isTrue();
        long id = enterpriseWrittenElsewhere();
        assertThat(index.state().parties().find(id)).isNull();

        long started = System.nanoTime();
        recordChange(nextChangeNumber(), id);
        assertThat(await(() -> index.state().parties().find(id) != null))
                .as("seen within %s", WITHIN)
                .isTrue();
        System.out.printf(
                "Change by another instance applied after %d ms%n", (System.nanoTime() - started) / 1_000_000);

        jdbc.sql("DELETE FROM enterprise WHERE id = :id").param("id", id).update();
        recordChange(nextChangeNumber(), id);
        assertThat(await(() -> index.state().parties().find(id) == null))
                .as("a removal too")
                .isTrue();
    }

    @Test
    void aChangeThatCommitsAfterALaterNumberedOneIsNotSkipped() {
        index.state();
        assertThat(await(notifications::listening)).isTrue();
        long first = enterpriseWrittenElsewhere();
        long second = enterpriseWrittenElsewhere();
        long earlierNumber = nextChangeNumber();
        long laterNumber = nextChangeNumber();

        recordChange(laterNumber, second);
        assertThat(await(() -> index.state().parties().find(second) != null)).isTrue();

        recordChange(earlierNumber, first);
        assertThat(await(() -> index.state().parties().find(first) != null))
                .as("the record numbered before the one already applied is applied too")
                .isTrue();
    }

    @Test
    void aValueChainLinkEditedElsewhereReachesTheIndex() {
        index.state();
        assertThat(await(notifications::listening)).isTrue();
        int before = index.state().links().size();
        long id = jdbc.sql("SELECT id FROM matching_value_chain_link ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        var row = jdbc.sql("SELECT * FROM matching_value_chain_link WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        jdbc.sql("DELETE FROM matching_value_chain_link WHERE id = :id")
                .param("id", id)
                .update();
        try {
            assertThat(await(() -> index.state().links().size() == before - 1)).isTrue();
        } finally {
            var insert = jdbc.sql("INSERT INTO matching_value_chain_link (" + String.join(", ", row.keySet())
                    + ") VALUES (:" + String.join(", :", row.keySet()) + ")");
            for (var column : row.entrySet()) {
                insert = insert.param(column.getKey(), column.getValue());
            }
            insert.update();
        }
        assertThat(await(() -> index.state().links().size() == before)).isTrue();
    }

    private long enterpriseWrittenElsewhere() {
        return jdbc.sql("""
				INSERT INTO enterprise (country, registration_number, name, province_code, sector, size_class)
				VALUES ('LA', 'ELSEWHERE-' || nextval('matching_index_change_id_seq'), 'Written by another instance',
				        'LA-SV', '1062', 'SMALL')
				RETURNING id""").query(Long.class).single();
    }

    private long nextChangeNumber() {
        return jdbc.sql("SELECT nextval('matching_index_change_id_seq')")
                .query(Long.class)
                .single();
    }

    private void recordChange(long number, long enterprise) {
        jdbc.sql("""
				INSERT INTO matching_index_change (id, enterprise_id, instance_id, recorded_at)
				VALUES (:number, :enterprise, 'another-instance', now())""").param("number", number).param("enterprise", enterprise).update();
    }

    private static boolean await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
