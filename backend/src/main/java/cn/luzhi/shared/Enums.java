package cn.luzhi.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses an enum from a query parameter, answering 400 with the allowed values instead of JAX-RS's 404. */
public final class Enums {
    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
            throw ProblemException.invalid(field, "取值 " + value + " 无效，可选：" + allowed);
        }
    }
}
