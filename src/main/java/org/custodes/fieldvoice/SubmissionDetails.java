package org.custodes.fieldvoice;

import java.util.List;

/** An opened submission: each answer with the question's label in the reader's language, and the media files. */
public record SubmissionDetails(SubmissionSummary summary, String formTitle, List<Answer> answers, List<Media> media) {

    public record Answer(String question, String label, String value) {
    }

    public record Media(String name, int size) {
    }
}
