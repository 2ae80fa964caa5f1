package org.custodes.fieldvoice.survey;

/** A round is prepared (draft), then open for answers between its dates, then closed for good. */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED
}
