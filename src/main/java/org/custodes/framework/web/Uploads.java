package org.custodes.framework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.custodes.framework.FrameworkImportProblem;
import org.custodes.framework.LibraryFormat;
import org.custodes.framework.LibraryImportRefused;
import org.springframework.web.multipart.MultipartFile;

/** Reads an uploaded library and tells its format by its first bytes, not by its name. */
final class Uploads {

    private Uploads() {
    }

    static byte[] content(MultipartFile file) {
        if (file.isEmpty()) {
            throw new LibraryImportRefused(List.of(new FrameworkImportProblem("", 0, "", "framework.import.empty")));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XLSX file is a ZIP archive ("PK\3\4"); anything else is read as JSON. */
    static LibraryFormat format(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                ? LibraryFormat.XLSX : LibraryFormat.JSON;
    }
}
