package org.custodes.monitoring.observation;

/** Where an observation comes from. Media items are recorded by the secretariat, with their link and language. */
public enum SourceType {
    CIVIL_SOCIETY_FIELD, MEDIA, CLIENT_REPORT, STATE_INFORMATION, SELF_ASSESSMENT, COMPLAINT, OTHER
}
