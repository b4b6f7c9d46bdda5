package cn.luzhi.walls;

import java.time.Instant;

import cn.luzhi.suggestions.Suggestion;
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
}
