package org.custodes.identity;

/** The addresses of the sign-in steps that the security filter chain and the sign-in pages share. */
public final class SignInPaths {

    /** The second-factor step of a sign-in whose password was right. */
    public static final String SECOND_FACTOR = "/sign-in/second-factor";
    /** The mandatory enrolment of an authenticator, for a role that needs one and an account that has none. */
    public static final String ENROLMENT = "/sign-in/second-factor/enrolment";
    /** Where a refused sign-in is forwarded to, with its status in {@link #REFUSED_STATUS}. */
    public static final String REFUSED = "/sign-in/refused";
    /** Why a sign-in with the identity provider did not go through, or that its link awaits approval. */
    public static final String SINGLE_SIGN_ON_OUTCOME = "/sign-in/single-sign-on";
    /** The request attribute that carries a refused sign-in's HTTP status to its page. */
    public static final String REFUSED_STATUS = "org.custodes.identity.signin.SignInOutcome.status";
    /** The only authority of a partial sign-in: it opens the second-factor and enrolment pages, nothing else. */
    public static final String PARTIAL_SIGN_IN_AUTHORITY = "FACTOR_PASSWORD_ONLY";

    private SignInPaths() {
    }
}
