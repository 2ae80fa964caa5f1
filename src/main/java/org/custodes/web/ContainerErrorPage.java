package org.custodes.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.custodes.shared.Language;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests Tomcat refuses before they reach the application (an address with a broken escape such as {@code /%},
 * an illegal character, an oversized header) are answered by the host's error report, which shows Tomcat's bare page
 * in English. This replaces that report with our own page in the visitor's language (problem details under
 * {@code /api/}); requests that reached the application keep their own error pages, because the report only writes
 * when nothing has been written yet.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    ContainerErrorPage(MessageSource messages) {
        this.messages = messages;
    }

    /** After Spring Boot's own customiser, which adds a plain report valve this one takes the place of. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                Arrays.stream(host.getPipeline().getValves()).filter(ErrorReportValve.class::isInstance)
                        .forEach(host.getPipeline()::removeValve);
                host.setErrorReportValveClass(Report.class.getName());
                host.getPipeline().addValve(new Report(messages));
            }
        });
    }

    static final class Report extends ErrorReportValve {

        private final MessageSource messages;

        Report(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var language = language(request);
            var api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Cache-Control", "no-store");
                if (api) {
                    response.setContentType("application/problem+json");
                    writeProblem(response.getReporter(), status, language);
                } else {
                    response.setContentType("text/html;charset=UTF-8");
                    writePage(response.getReporter(), status, language);
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone or the response cannot be written: nothing more can be said to it.
            }
        }

        private void writePage(Writer out, int status, Language language) throws IOException {
            if (out == null) {
                return;
            }
            var key = status == 400 ? "error.400" : status == 404 ? "error.404" : "error.generic";
            out.write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\""
                    + (language.rightToLeft() ? "rtl" : "ltr") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>" + text(key + ".title", language) + "</title>\n"
                    + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/images/custodes.svg\">\n"
                    + "<link rel=\"stylesheet\" href=\"/css/custodes.css\">\n</head>\n<body>\n"
                    + "<header class=\"site-header\"><div class=\"bar\"><a class=\"brand\" href=\"/\">"
                    + "<img src=\"/images/custodes.svg\" alt=\"\" width=\"28\" height=\"28\"><span>"
                    + text("app.name", language) + "</span></a></div></header>\n"
                    + "<main id=\"main\"><section class=\"narrow\">\n<h1>" + text(key + ".heading", language)
                    + "</h1>\n<p>" + text(key + ".text", language) + "</p>\n<p><a href=\"/?lang=" + language.code()
                    + "\">" + text("error.home", language) + "</a></p>\n</section></main>\n</body>\n</html>\n");
        }

        private void writeProblem(Writer out, int status, Language language) throws IOException {
            if (out == null) {
                return;
            }
            var type = status == 404 ? "not-found" : "invalid-request";
            out.write("{\"type\":\"https://custodes.org/problems/" + type + "\",\"title\":\""
                    + json("problem.title." + type, language) + "\",\"status\":" + status + ",\"detail\":\""
                    + json(status == 404 ? "problem.not-found" : "problem.invalid-request", language) + "\"}");
        }

        /** Messages are ours, never the request's; they are escaped all the same. */
        private String text(String key, Language language) {
            return HtmlUtils.htmlEscape(message(key, language), StandardCharsets.UTF_8.name());
        }

        private String json(String key, Language language) {
            return message(key, language).replace("\\", "\\\\").replace("\"", "\\\"");
        }

        private String message(String key, Language language) {
            return messages.getMessage(key, null, key, language.locale());
        }

        /** The language cookie if the visitor chose one, else the browser's preference, as on every page. */
        private static Language language(Request request) {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (var cookie : cookies) {
                    if (LanguageConfiguration.COOKIE.equals(cookie.getName())) {
                        var chosen = Language.fromCode(cookie.getValue());
                        if (chosen.isPresent()) {
                            return chosen.get();
                        }
                    }
                }
            }
            return Language.of(LanguageConfiguration.browserPreference(request.getHeader("Accept-Language")));
        }
    }
}
