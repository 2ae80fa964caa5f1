package org.custodes.training;

import java.util.List;

/** A personnel file with bad rows, refused whole: nobody in it was enrolled. */
public class PersonnelFileRefused extends TrainingRefused {

    private final transient List<PersonnelProblem> problems;

    PersonnelFileRefused(List<PersonnelProblem> problems) {
        super("training.import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<PersonnelProblem> problems() {
        return problems;
    }
}
