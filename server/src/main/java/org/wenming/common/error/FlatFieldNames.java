package org.wenming.common.error;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Names a field of a request body as its JSON does. Bean Validation walks nested objects and names their
 * fields {@code brandProject.volunteerTeam}; when the nesting is {@link JsonUnwrapped} the client only
 * knows {@code volunteerTeam}, so the unwrapped steps are left out.
 */
final class FlatFieldNames {

    private FlatFieldNames() {}

    static String of(Class<?> root, String path) {
        List<String> kept = new ArrayList<>();
        Class<?> type = root;
        for (String step : path.split("\\.")) {
            Field field = type == null ? null : declared(type, step.replaceFirst("\\[.*$", ""));
            if (field == null || !field.isAnnotationPresent(JsonUnwrapped.class)) {
                kept.add(step);
            }
            type = field == null ? null : field.getType();
        }
        return String.join(".", kept);
    }

    private static Field declared(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }
}
