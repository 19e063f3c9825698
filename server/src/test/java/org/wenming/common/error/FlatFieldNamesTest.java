package org.wenming.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlatFieldNamesTest {

    record Inner(String team, List<String> keys) {}

    record Nested(String name) {}

    record Body(String title, @JsonUnwrapped Inner inner, Nested nested) {}

    @Test
    void unwrappedStepsAreLeftOut() {
        assertThat(FlatFieldNames.of(Body.class, "inner.team")).isEqualTo("team");
        assertThat(FlatFieldNames.of(Body.class, "inner.keys[1]")).isEqualTo("keys[1]");
    }

    @Test
    void otherNamesStayAsTheyAre() {
        assertThat(FlatFieldNames.of(Body.class, "title")).isEqualTo("title");
        assertThat(FlatFieldNames.of(Body.class, "nested.name")).isEqualTo("nested.name");
        assertThat(FlatFieldNames.of(Body.class, "unknown.step")).isEqualTo("unknown.step");
    }
}
