package org.custodes.membership;

/** Why a membership was terminated: the published grounds, and OTHER for a Board decision on another ground. */
public enum TerminationGround {
    NO_SELF_ASSESSMENT, LACK_OF_GOOD_FAITH, NON_PAYMENT, OTHER
}
