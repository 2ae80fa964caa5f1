package org.custodes.training.personnel;

import java.util.List;
import org.custodes.training.TrainingRefused;

/** A personnel file with bad rows, refused whole: nobody in it was enrolled. */
public class PersonnelFileRefused extends TrainingRefused {

    private final transient List<PersonnelProblem> problems;

    public PersonnelFileRefused(List<PersonnelProblem> problems) {
        super("training.import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<PersonnelProblem> problems() {
        return problems;
    }
}
