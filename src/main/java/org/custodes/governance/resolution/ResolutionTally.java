package org.custodes.governance.resolution;

/** The count of a resolution and whether each of its rules is met: quorum (directors voting) and majority. */
public record ResolutionTally(int votesFor, int votesAgainst, int abstentions, int recused, int notYetVoted,
        int quorum, boolean quorumMet, Majority majority, boolean majorityMet) {

    public int participating() {
        return votesFor + votesAgainst + abstentions;
    }

    public boolean carries() {
        return quorumMet && majorityMet;
    }
}
