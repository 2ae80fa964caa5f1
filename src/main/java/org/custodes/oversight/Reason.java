package org.custodes.oversight;

import java.util.List;

/** One line of a company's explanation: a signal, its weight, what it read, and the points it adds. */
public record Reason(String signal, double weight, double intensity, double points, List<String> facts) {

    public Reason {
        facts = List.copyOf(facts);
    }
}
