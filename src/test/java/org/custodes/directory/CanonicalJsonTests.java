package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

    @Test
    void sortsMembersAndWritesNoWhitespace() {
        var object = new LinkedHashMap<String, Object>();
        object.put("b", true);
        object.put("a", Arrays.asList("x", null));
        object.put("c", new LinkedHashMap<>(java.util.Map.of("z", "1", "y", List.of())));
        assertThat(CanonicalJson.write(object)).isEqualTo("{\"a\":[\"x\",null],\"b\":true,\"c\":{\"y\":[],\"z\":\"1\"}}");
    }

    @Test
    void escapesOnlyWhatRfc8785Escapes() {
        assertThat(CanonicalJson.write("é\"\\/\n\u0001€")).isEqualTo("\"é\\\"\\\\/\\n\\u0001€\"");
    }
}
