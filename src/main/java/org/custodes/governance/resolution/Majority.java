package org.custodes.governance.resolution;

/** How many of the votes for and against a resolution must be for it (abstentions are not counted). */
public enum Majority {
    /** More votes for than against. */
    SIMPLE,
    /** At least two thirds of the votes for and against. */
    TWO_THIRDS;

    boolean reachedBy(int votesFor, int votesAgainst) {
        return switch (this) {
            case SIMPLE -> votesFor > votesAgainst;
            case TWO_THIRDS -> votesFor > 0 && 3 * votesFor >= 2 * (votesFor + votesAgainst);
        };
    }
}
