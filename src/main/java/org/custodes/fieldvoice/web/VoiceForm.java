package org.custodes.fieldvoice.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the answering page posts: the page it came from and every answer given so far (earlier pages as hidden fields). */
public class VoiceForm {

    private int page = 1;
    private Map<String, String> answers = new LinkedHashMap<>();

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }
}
