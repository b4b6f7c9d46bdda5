package cn.luzhi.evaluation.walls;

import cn.luzhi.directory.DeputyMandate;
import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.suggestions.api.SuggestionResource;

/** Code of one module (evaluation) that reaches into others: their entities and their HTTP layer. */
public final class CrossesTheWalls {
    private CrossesTheWalls() {
    }

    static String deputyName(DeputyMandate m) {
        return m.name;
    }

    static long suggestionRound(Suggestion s) {
        return s.round;
    }

    static Class<?> resource() {
        return SuggestionResource.class;
    }
}
