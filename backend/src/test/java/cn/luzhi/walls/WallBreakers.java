package cn.luzhi.walls;

import java.time.Instant;

import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.shared.Surface;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

/** Code that breaks every wall, so {@code ModuleWallsTest} proves its rules catch what they are meant to. */
final class WallBreakers {
    private WallBreakers() {
    }

    @Path("/bad")
    @Transactional
    static class TransactionalResource {
        @Transactional
        public Instant now(Suggestion s) {
            s.status = Suggestion.Status.CLOSED;
            return Instant.now();
        }
    }

    /** Shared plumbing that reaches into a module. */
    static class LeakyPlumbing {
        long count(Suggestion s) {
            return s.round + System.currentTimeMillis();
        }
    }

    /**
     * A persistent class offered to other modules as if it were a read-only record (a Panache entity class without
     * {@code @Entity}, so the test application does not try to map it).
     */
    @Surface
    static class OfferedEntity extends io.quarkus.hibernate.orm.panache.PanacheEntityBase {
        Long id;
    }
}
