package cn.luzhi.evaluation.walls;

import cn.luzhi.directory.Directory;
import cn.luzhi.suggestions.DeputySuggestionsChanged;
import cn.luzhi.suggestions.Suggestion;

/** Code of one module (evaluation) that uses others only through what they offer: a service's record, a value enum, an event. */
public final class KeepsToTheSurfaces {
    private KeepsToTheSurfaces() {
    }

    static String describe(Directory.Deputy d, Suggestion.Kind kind, DeputySuggestionsChanged e) {
        return d.name() + kind.name() + e.year();
    }
}
