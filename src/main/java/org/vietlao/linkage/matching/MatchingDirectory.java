package org.vietlao.linkage.matching;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of matching: the linkage chains analysts curate (a pilot candidate names the
 * chain it models). Changes reach other modules as events ({@link LinkageEstablished}).
 */
@Service
@Transactional(readOnly = true)
public class MatchingDirectory {

    private final JdbcClient jdbc;

    MatchingDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A linkage chain as another module may show it.
     *
     * @param id its identifier
     * @param name its name in the analyst's language
     */
    public record ChainSummary(long id, String name) {}

    /** The linkage chain, if there is one with this id. */
    public Optional<ChainSummary> chain(long id) {
        return jdbc.sql("SELECT id, name FROM matching_chain WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ChainSummary(rs.getLong("id"), rs.getString("name")))
                .optional();
    }
}
