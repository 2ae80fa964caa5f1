package org.custodes.fieldvoice.survey;

import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;

/**
 * What an uploaded recording really is, from its content (Tika), never from its name: Ogg (Vorbis or Opus), MP3,
 * M4A or WAV, within {@link #MAX_BYTES}. The answering page serves it with the type found here.
 */
final class AudioCheck {

    static final int MAX_BYTES = 1024 * 1024;

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("audio/ogg", "audio/ogg"), Map.entry("audio/vorbis", "audio/ogg"),
            Map.entry("audio/opus", "audio/ogg"), Map.entry("audio/mpeg", "audio/mpeg"),
            Map.entry("audio/mp4", "audio/mp4"), Map.entry("audio/x-m4a", "audio/mp4"),
            Map.entry("audio/vnd.wave", "audio/wav"), Map.entry("audio/wav", "audio/wav"),
            Map.entry("audio/x-wav", "audio/wav"));

    private AudioCheck() {
    }

    /** The media type to serve the recording with, or empty if it is not an accepted recording. */
    static Optional<String> mediaType(byte[] content) {
        if (content.length == 0 || content.length > MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.ofNullable(ACCEPTED.get(TIKA.detect(content)));
    }
}
