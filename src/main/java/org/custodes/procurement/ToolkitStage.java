package org.custodes.procurement;

/** The stages of buying security services, in the order a client goes through them. */
public enum ToolkitStage {
    TENDER, EVALUATION, CONTRACT, CONTRACT_MANAGEMENT
}
